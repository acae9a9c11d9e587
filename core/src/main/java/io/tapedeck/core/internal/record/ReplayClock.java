package io.tapedeck.core.internal.record;

import java.util.function.LongSupplier;

/**
 * The time of every recorded event: the wall clock read once, then moved on by the monotonic
 * clock. A replay needs the time between events, and the wall clock can jump (an NTP step, a
 * user changing the time, a laptop waking up in another time zone's settings): read for each
 * event, an hour back would give every event the same time stamp for an hour (the stream never
 * lets time go backwards), and an hour forward a gap the player would sit through.
 */
public final class ReplayClock {
    private static final ReplayClock SYSTEM = new ReplayClock(System::currentTimeMillis, System::nanoTime);

    private final LongSupplier monotonicNanos;
    private final long originMillis;
    private final long originNanos;

    ReplayClock(LongSupplier wallMillis, LongSupplier monotonicNanos) {
        this.monotonicNanos = monotonicNanos;
        this.originNanos = monotonicNanos.getAsLong();
        this.originMillis = wallMillis.getAsLong();
    }

    /** Now, in epoch milliseconds as the wall clock said when this JVM's recording code loaded. */
    public static long now() {
        return SYSTEM.millis();
    }

    long millis() {
        return originMillis + (monotonicNanos.getAsLong() - originNanos) / 1_000_000L;
    }
}
