package io.tapedeck.swing.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What a recording's cost is measured in, to decide whether a component paints too slowly to be
 * recorded. The EDT's own CPU time: the work the painting does, which is the same for the same
 * component on an idle machine and on one that keeps the EDT waiting for a core. Time on the wall
 * counts that waiting, so the decision (painting or properties) would depend on the machine's load
 * and vary between runs; it is used only where the JVM cannot measure a thread's CPU time.
 */
interface PaintClock {
    /** Nanoseconds from an arbitrary origin, on the calling thread. */
    long now();

    /** What {@link #now()} measures, for the log. */
    String what();

    /**
     * The calling thread's CPU time where the JVM measures it (HotSpot does by default; an app
     * that turned it off keeps it off), else the wall.
     */
    static PaintClock threadCpu() {
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            if (threads.isCurrentThreadCpuTimeSupported()
                    && threads.isThreadCpuTimeEnabled()
                    && threads.getCurrentThreadCpuTime() >= 0) {
                return cpu(threads);
            }
        } catch (RuntimeException | LinkageError e) {
            // not a boundary: a measure that is unsupported, forbidden or absent (a runtime without
            // java.management) falls back to the wall
        }
        return wall();
    }

    private static PaintClock cpu(ThreadMXBean threads) {
        return new PaintClock() {
            @Override
            public long now() {
                return threads.getCurrentThreadCpuTime();
            }

            @Override
            public String what() {
                return "UI-thread CPU time";
            }
        };
    }

    static PaintClock wall() {
        return new PaintClock() {
            @Override
            public long now() {
                return System.nanoTime();
            }

            @Override
            public String what() {
                return "time";
            }
        };
    }
}
