package io.tapedeck.swing.internal;

import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * What the recorder's visits to the EDT cost: how many, the longest (apart from the first, which
 * reads every window cold, and those that read a window or subtree just shown, which is read
 * whole: both are kept apart), a histogram of their lengths, and the most EDT time they took
 * in any one second. Cheap (a few arithmetic operations per visit, no allocation but one small
 * array per visit kept for a second), read by tests and written to the debug log when capture
 * stops. Written on the EDT; read from any thread (the figures are diagnostics, not state).
 */
final class EdtVisits {
    /** Upper bounds of the histogram's buckets in milliseconds; the last bucket is everything above. */
    static final int[] BUCKET_MS = {1, 2, 4, 8, 16, 32, 64};

    private static final long SECOND = 1_000_000_000L;

    private final long[] buckets = new long[BUCKET_MS.length + 1];
    /** {end, spent} of the visits in the last second. */
    private final ArrayDeque<long[]> lastSecond = new ArrayDeque<>();

    private long inLastSecond;
    private volatile long visits;
    private volatile long totalNanos;
    private volatile long firstNanos = -1;
    private volatile long longestNanos;
    private volatile long longestShownNanos;
    private volatile long mostInOneSecondNanos;
    /** Visits that stopped reading at their time slice and left the rest for the next one. */
    private volatile long sliced;

    /** For tests: what a visit's length is measured with instead of its wall time (null: wall time). */
    private volatile LongSupplier threadClock;

    /** The clock the current visit started with (EDT-confined): a clock set mid-visit waits for the next. */
    private LongSupplier visitClock;

    private long threadClockAtStart;

    /**
     * For tests: measure each visit with {@code clock} (e.g. the EDT's CPU time), so that a busy
     * machine taking the CPU from the EDT mid-visit, or a garbage collection, does not count as
     * the visit's own work. The visit's place in time ({@code end}) stays wall time.
     */
    void measureWith(LongSupplier clock) {
        threadClock = clock;
    }

    /** A visit starts (on the EDT). */
    void begin() {
        visitClock = threadClock;
        if (visitClock != null) threadClockAtStart = visitClock.getAsLong();
    }

    /**
     * A visit ran on the EDT from {@code start} to {@code end} ({@link System#nanoTime}); it
     * stopped at its time slice ({@code slicedOff}), or read something just shown ({@code shown}).
     */
    void record(long start, long end, boolean slicedOff, boolean shown) {
        LongSupplier clock = visitClock;
        long spent = Math.max(0, clock != null ? clock.getAsLong() - threadClockAtStart : end - start);
        visits++;
        totalNanos += spent;
        if (slicedOff) sliced++;
        if (firstNanos < 0 || shown) {
            if (firstNanos < 0) firstNanos = spent;
            else longestShownNanos = Math.max(longestShownNanos, spent);
            return; // read whole on purpose: kept out of the bounds below
        }
        if (spent > longestNanos) longestNanos = spent;
        int i = 0;
        while (i < BUCKET_MS.length && spent > BUCKET_MS[i] * 1_000_000L) i++;
        buckets[i]++;
        while (!lastSecond.isEmpty() && end - lastSecond.peekFirst()[0] >= SECOND) {
            inLastSecond -= lastSecond.removeFirst()[1];
        }
        lastSecond.addLast(new long[] {end, spent});
        inLastSecond += spent;
        if (inLastSecond > mostInOneSecondNanos) mostInOneSecondNanos = inLastSecond;
    }

    long visits() {
        return visits;
    }

    /** The first visit (every window read cold: the first keyframe), or -1 before it. */
    long firstNanos() {
        return firstNanos;
    }

    /** The longest visit after the first that read nothing just shown. */
    long longestNanos() {
        return longestNanos;
    }

    /** The longest visit after the first that read a window or subtree just shown. */
    long longestShownNanos() {
        return longestShownNanos;
    }

    /**
     * The most EDT time the visits took in any second (a sliding window, ending at a visit), the
     * first visit and those that read something just shown left out.
     */
    long mostInOneSecondNanos() {
        return mostInOneSecondNanos;
    }

    long totalNanos() {
        return totalNanos;
    }

    long sliced() {
        return sliced;
    }

    /** Visits per bucket (≤1 ms, ≤2, ≤4, ≤8, ≤16, ≤32, ≤64, more), the first and those that read something just shown left out. */
    long[] histogram() {
        return buckets.clone();
    }

    /** One line: {@code visits=N first=MS longest=MS longestShown=MS mostInOneSecond=MS total=MS sliced=N histogram=...}. */
    String summary() {
        StringBuilder s = new StringBuilder()
                .append("visits=")
                .append(visits)
                .append(" first=")
                .append(ms(Math.max(0, firstNanos)))
                .append(" longest=")
                .append(ms(longestNanos))
                .append(" longestShown=")
                .append(ms(longestShownNanos))
                .append(" mostInOneSecond=")
                .append(ms(mostInOneSecondNanos))
                .append(" total=")
                .append(ms(totalNanos))
                .append(" sliced=")
                .append(sliced)
                .append(" histogram=");
        long[] h = histogram();
        for (int i = 0; i < h.length; i++) {
            if (i > 0) s.append(',');
            s.append(i < BUCKET_MS.length ? "<=" + BUCKET_MS[i] : ">" + BUCKET_MS[BUCKET_MS.length - 1])
                    .append(':')
                    .append(h[i]);
        }
        return s.toString();
    }

    private static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
