package io.tapedeck.core.internal.record;

import java.util.ArrayDeque;

/**
 * The UI-thread time captures may spend per second (Swing's EDT, JavaFX's application thread), measured over the last second (a sliding window),
 * not over seconds counted from some fixed start. With fixed seconds, a long capture that ends
 * just after a boundary is forgotten at once and the next capture runs right behind it: the app
 * would lose its UI thread twice in a row exactly when capture is most expensive, and whether
 * capture backs off would depend on where that boundary happened to fall. UI-thread confined.
 */
public final class UiThreadBudget {
    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final long budgetNanos;
    /** {end, spent} of each capture that ended in the last second, oldest first. */
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();

    private long spentInWindow;

    public UiThreadBudget(long budgetNanosPerSecond) {
        this.budgetNanos = budgetNanosPerSecond;
    }

    /** True when captures ending in the second before {@code now} already used the budget. */
    public boolean spent(long now) {
        while (!recent.isEmpty() && now - recent.peekFirst()[0] >= WINDOW_NANOS) {
            spentInWindow -= recent.removeFirst()[1];
        }
        return spentInWindow >= budgetNanos;
    }

    /** A capture ran on the UI thread from {@code start} to {@code end} (System.nanoTime). */
    public void charge(long start, long end) {
        long spent = Math.max(0, end - start);
        recent.addLast(new long[] {end, spent});
        spentInWindow += spent;
    }
}
