package io.tapedeck.agent.internal;

import java.lang.instrument.Instrumentation;

/**
 * Body of the {@code tapedeck-second-toolkit} daemon thread, started once when the app loads the
 * other toolkit's window class after the first one's: a Swing app creating a {@code JFXPanel}
 * (JavaFX second), a JavaFX app creating a {@code SwingNode} or an AWT window (AWT second). It
 * waits as {@link AgentStartup} does for that toolkit, stops watching class loads (nothing is
 * left to watch for), and adds the toolkit to the recording, which then shows both on one
 * desktop. Created in premain, like {@link AgentStartup}, and under the same rules.
 */
final class SecondToolkitStartup implements Runnable {
    static final String THREAD_NAME = "tapedeck-second-toolkit";

    private final Instrumentation inst;
    private volatile WindowLoadWatcher watcher;

    SecondToolkitStartup(Instrumentation inst) {
        this.inst = inst;
    }

    /** Set before the watcher is registered. */
    void watching(WindowLoadWatcher watcher) {
        this.watcher = watcher;
    }

    @Override
    public void run() {
        WindowLoadWatcher w = watcher;
        try {
            if (w.javafx()) {
                AwtReadiness.awaitWindowClassDefined();
                AgentStartup.grantToolkitAccess(inst);
                AgentLaunch.addSwing();
            } else {
                AgentLaunch.addJavaFx(w.javafxLoader());
            }
        } catch (Throwable t) { // a boundary of its own: premain creates this object, so it loads no core class
            try {
                System.err.println("[tapedeck] ERROR the second toolkit's windows are not recorded: " + t);
            } catch (Throwable ignored) {
                // Nothing left to tell anyone with.
            }
        } finally {
            try {
                inst.removeTransformer(w);
            } catch (Throwable ignored) {
                // Left in place it still only compares two strings per class load.
            }
        }
    }
}
