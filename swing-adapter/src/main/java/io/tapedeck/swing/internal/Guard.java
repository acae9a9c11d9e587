package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.log.Log;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The boundary between our code and the toolkit. Every callback Swing makes into us runs its
 * body inside a try/catch that ends here: the first failure is logged once and capture is
 * switched off; nothing is ever thrown back into Swing.
 */
final class Guard {
    private final AtomicBoolean failed = new AtomicBoolean();
    private final Runnable disable;
    private volatile boolean active = true;

    /** @param disable switches capture off (must itself never throw) */
    Guard(Runnable disable) { this.disable = disable; }

    boolean active() { return active; }

    /** Stops callbacks from doing anything (recording stopped). */
    void deactivate() { active = false; }

    /** A callback failed: log once, stop capturing. Never throws. */
    void fail(String where, Throwable t) {
        active = false;
        if (!failed.compareAndSet(false, true)) return;
        try {
            report("Swing capture stopped after an error in " + where + ": " + t);
        } catch (Throwable ignored) {
            // Logging must not be the thing that breaks the app.
        }
        try {
            disable.run();
        } catch (Throwable ignored) {
            // Already inactive; listeners stay in place but do nothing.
        }
    }

    boolean failed() { return failed.get(); }

    /** The one place that decides where our error lines go. */
    private static void report(String message) { Log.error(message); }
}
