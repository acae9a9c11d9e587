package io.tapedeck.core.internal.safety;

import io.tapedeck.core.internal.log.Log;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Every thread Tapedeck starts in the app's JVM: a daemon (never keeps the app alive) whose
 * uncaught errors are Tapedeck's to log, never the app's. Without its own handler a dying thread
 * goes to the app's default handler: an {@code OutOfMemoryError} that hits an executor's worker
 * between two tasks (outside any {@link ErrorBoundary}) was reported to the app as if the app
 * had thrown it.
 */
public final class TapedeckThreads {
    private TapedeckThreads() {}

    /** A daemon thread named {@code name} running {@code task}, not yet started. */
    public static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((thread, e) -> Log.error(name + " stopped", e));
        return t;
    }

    /** A one-thread scheduler whose thread is {@link #daemon}; cancelled tasks leave its queue. */
    public static ScheduledThreadPoolExecutor scheduler(String name) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, r -> daemon(name, r));
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
