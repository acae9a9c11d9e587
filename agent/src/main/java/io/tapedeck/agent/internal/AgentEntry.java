package io.tapedeck.agent.internal;

import io.tapedeck.api.internal.Backends;
import java.lang.instrument.Instrumentation;

/**
 * {@code Premain-Class} and {@code Agent-Class} of the agent jar.
 *
 * <p>Runs before the app (premain) or inside it (attach), so it does almost nothing: it reads
 * no configuration, touches no AWT, loads no logging framework, starts no thread. It prepares
 * two daemon threads (not started) and a {@link WindowLoadWatcher} that starts the first when
 * the app itself loads {@code java.awt.Window} or {@code javafx.stage.Window}, and the second
 * if the other toolkit's window class loads later. A JVM that never loads a window never runs any of our
 * code again. Nothing ever escapes from here: a failing agent must not stop the app.
 */
public final class AgentEntry {
    private static final String WINDOW_CLASS = "java.awt.Window";
    private static final String FX_WINDOW_CLASS = "javafx.stage.Window";

    private AgentEntry() {}

    /** {@code -javaagent:tapedeck-agent.jar[=config=PATH,key=value,...]}. */
    public static void premain(String agentArgs, Instrumentation inst) {
        install(agentArgs, inst);
    }

    /** {@code java -jar tapedeck-agent.jar attach <pid> [config=PATH,key=value,...]}. */
    public static void agentmain(String agentArgs, Instrumentation inst) {
        install(agentArgs, inst);
        try {
            // An app that ships tapedeck-api and called it before the attach had no recorder.
            Backends.agentAttached();
        } catch (Throwable t) { // a boundary of its own, like install's
            try {
                System.err.println("[tapedeck] ERROR the Tapedeck API of this app cannot reach the agent: " + t);
            } catch (Throwable ignored) {
                // Nothing left to tell anyone with.
            }
        }
    }

    private static void install(String agentArgs, Instrumentation inst) {
        try {
            AgentStartup startup = new AgentStartup(agentArgs, inst);
            Thread thread = new Thread(startup, AgentStartup.THREAD_NAME);
            thread.setDaemon(true);
            SecondToolkitStartup second = new SecondToolkitStartup(inst);
            Thread secondThread = new Thread(second, SecondToolkitStartup.THREAD_NAME);
            secondThread.setDaemon(true);
            WindowLoadWatcher watcher = new WindowLoadWatcher(thread, secondThread);
            startup.watching(watcher);
            second.watching(watcher);
            // Watch first, then look: a window class loaded in between is seen by one or the
            // other, and the watcher starts the thread at most once.
            inst.addTransformer(watcher, false);
            Class<?> fxWindow = loaded(inst, FX_WINDOW_CLASS);
            if (loaded(inst, WINDOW_CLASS) != null) watcher.windowLoaded();
            if (fxWindow != null) watcher.javafxLoaded(fxWindow.getClassLoader());
        } catch (Throwable t) { // a boundary of its own: premain loads no core class (see AgentBoundaries)
            try {
                System.err.println("[tapedeck] ERROR the agent could not install itself, capture disabled: " + t);
            } catch (Throwable ignored) {
                // Nothing left to tell anyone with.
            }
        }
    }

    /**
     * The loaded class of that name, or null; without loading it ({@code Class.forName} would
     * load the class we are waiting for). With several, the first: an app rarely has two.
     */
    private static Class<?> loaded(Instrumentation inst, String className) {
        for (Class<?> c : inst.getAllLoadedClasses()) {
            if (className.equals(c.getName())) return c;
        }
        return null;
    }
}
