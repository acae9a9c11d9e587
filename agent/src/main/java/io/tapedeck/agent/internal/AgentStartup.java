package io.tapedeck.agent.internal;

import java.lang.instrument.Instrumentation;

/**
 * Body of the {@code tapedeck-start} daemon thread, started once the app has loaded
 * {@code java.awt.Window} (or at once when the app had loaded it before the agent came).
 * Waits until that class is fully defined and hands over to {@link AgentLaunch}.
 *
 * <p>Premain creates this object, so the JVM loads and verifies this class before the app runs.
 * It therefore names no other Tapedeck class in a way the verifier must load (no catch clause
 * of ours, no field of a core type): in a JVM that never shows a window, this class, the
 * watcher and {@link AgentEntry} are all the agent ever loads.
 */
final class AgentStartup implements Runnable {
    static final String THREAD_NAME = "tapedeck-start";

    private final String agentArgs;
    private final Instrumentation inst;
    private volatile WindowLoadWatcher watcher;

    AgentStartup(String agentArgs, Instrumentation inst) {
        this.agentArgs = agentArgs;
        this.inst = inst;
    }

    /** The watcher to remove once it has done its job. Set before the watcher is registered. */
    void watching(WindowLoadWatcher watcher) {
        this.watcher = watcher;
    }

    @Override
    public void run() {
        try {
            // The watcher stays: the other toolkit's window class may load later (see
            // SecondToolkitStartup, which removes it).
            WindowLoadWatcher w = watcher;
            if (w != null && w.javafx()) {
                AgentLaunch.launchJavaFx(agentArgs, w.javafxLoader());
                return;
            }
            AwtReadiness.awaitWindowClassDefined();
            grantToolkitAccess(inst);
            AgentLaunch.launch(agentArgs);
        } catch (
                Throwable
                        t) { // a boundary of its own: this class loads no core class (see above), and core may fail to
            // load
            try {
                System.err.println("[tapedeck] ERROR the agent could not start, capture disabled: " + t);
            } catch (Throwable ignored) {
                // Nothing left to tell anyone with.
            }
        }
    }

    /** Opens what the Swing adapter records paintings with (javax.swing, sun.font); warns once if it cannot. */
    static void grantToolkitAccess(Instrumentation inst) {
        String noAccess = ToolkitAccess.grant(inst);
        if (noAccess != null) {
            System.err.println(
                    "[tapedeck] WARN containers with custom painting will be drawn approximately: " + noAccess);
        }
    }
}
