package io.tapedeck.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Runs test code on Swing's event dispatch thread and waits for it (tests may block; production
 * code never does). What the code throws is thrown here, in the test's thread.
 */
public final class Edt {
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    private Edt() {}

    public static void run(ThrowingRunnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    public static <T> T call(Callable<T> c) throws Exception {
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
    public static void flush() throws Exception {
        for (int i = 0; i < 3; i++) run(() -> {});
    }
}
