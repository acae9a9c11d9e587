package io.tapedeck.swing.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Runs test code on the EDT and waits for it (tests may block; production code never does). */
final class Edt {
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Edt() {}

    static void run(ThrowingRunnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    static <T> T call(Callable<T> c) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(c.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) throw failure.get();
        return result.get();
    }

    /** Lets every event already queued (and the ones they post) run. */
    static void flush() throws Exception {
        for (int i = 0; i < 3; i++) run(() -> {});
    }
}
