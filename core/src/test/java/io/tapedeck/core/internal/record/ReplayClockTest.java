package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplayClockTest {
    private static final long HOUR_MS = 3_600_000L;

    @Test
    void eventTimeFollowsElapsedTimeWhenTheWallClockJumpsAnHourBackOrForward() {
        AtomicLong wall = new AtomicLong(1_700_000_000_000L);
        AtomicLong monotonic = new AtomicLong(42_000_000_000L);
        ReplayClock clock = new ReplayClock(wall::get, monotonic::get);
        assertEquals(1_700_000_000_000L, clock.millis(), "starts at the wall clock");

        monotonic.addAndGet(1_500_000_000L); // 1.5 s pass...
        wall.addAndGet(-HOUR_MS); // ...and the wall clock is set an hour back
        assertEquals(1_700_000_001_500L, clock.millis(), "1.5 s later, not an hour earlier");

        monotonic.addAndGet(500_000_000L);
        wall.addAndGet(2 * HOUR_MS); // an hour forward of where it was
        assertEquals(1_700_000_002_000L, clock.millis(), "2 s after the start, not an hour later");
    }

    @Test
    void theSystemClockStartsAtTheWallClockAndNeverGoesBack() throws Exception {
        long before = System.currentTimeMillis();
        long first = ReplayClock.now();
        Thread.sleep(20);
        long second = ReplayClock.now();
        assertTrue(second >= first + 19, first + " then " + second);
        assertTrue(Math.abs(first - before) < 60_000, "close to the wall clock on a machine whose clock did not jump");
    }
}
