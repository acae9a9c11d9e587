package io.tapedeck.agent.internal;

/**
 * When the agent may touch AWT: only after the app has. Written without any {@code java.awt}
 * reference, so that this class loads in a JVM without the {@code java.desktop} module.
 */
final class AwtReadiness {
    private static final String WINDOW_CLASS = "java.awt.Window";
    /** Name prefix of AWT's event dispatch threads ({@code AWT-EventQueue-0}, ...). */
    private static final String EVENT_DISPATCH_THREAD_PREFIX = "AWT-EventQueue";

    private static final long FIRST_POLL_MS = 20;
    private static final long MAX_POLL_MS = 500;

    private AwtReadiness() {}

    /**
     * Returns once {@code java.awt.Window} is fully defined. Called right after the app started
     * loading it: {@code forName} then waits for that load to finish. It does not initialise the
     * class; that stays the app's doing.
     */
    static void awaitWindowClassDefined() throws ClassNotFoundException {
        Class.forName(WINDOW_CLASS, false, null);
    }

    /** Whether the AWT window classes exist in this runtime (loads, never initialises). */
    static boolean windowClassAvailable() {
        try {
            Class.forName(WINDOW_CLASS, false, null);
            return true;
        } catch (Throwable t) { // not a boundary: a class-loading probe, whose failure is the answer
            return false;
        }
    }

    /**
     * Waits until the app runs an AWT event dispatch thread. Loading {@code java.awt.Window} is
     * not yet using AWT (verifying an unrelated class can load it); an event dispatch thread means
     * the app has initialised the toolkit and is showing or about to show windows. Starting the
     * Swing adapter earlier would initialise AWT classes from our thread concurrently with the
     * app's, which is how class-initialisation deadlocks happen. Polls with back-off: a JVM that
     * loaded the class but never shows a window costs one sleeping daemon thread.
     */
    static void awaitEventDispatchThread() throws InterruptedException {
        long pause = FIRST_POLL_MS;
        while (!eventDispatchThreadRunning()) {
            Thread.sleep(pause);
            pause = Math.min(MAX_POLL_MS, pause * 2);
        }
    }

    static boolean eventDispatchThreadRunning() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) root = root.getParent();
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().startsWith(EVENT_DISPATCH_THREAD_PREFIX)) return true;
        }
        return false;
    }
}
