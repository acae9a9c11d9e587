package io.tapedeck.segment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnalyticsSessionTest {
    private static final long T0 = 1_767_225_600_000L;
    private Instant now = Instant.ofEpochMilli(T0);

    private final AnalyticsSession session = new AnalyticsSession(
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            },
            Duration.ofMinutes(5));

    private void advance(Duration d) {
        now = now.plus(d);
    }

    @Test
    void theFirstEventStartsASessionNamedByItsTime() {
        assertEquals(0, session.current());
        assertEquals(T0, session.sessionForEvent(null));
        assertEquals(T0, session.current());
    }

    @Test
    void fiveIdleMinutesKeepTheSessionAndOneMoreMillisecondEndsIt() {
        session.sessionForEvent(null);
        advance(Duration.ofMinutes(5));
        assertEquals(T0, session.sessionForEvent(null), "exactly the timeout: same session");
        advance(Duration.ofMinutes(5).plusMillis(1));
        assertEquals(T0 + 600_001, session.sessionForEvent(null));
    }

    @Test
    void eventsKeepASessionAliveForLongerThanTheTimeout() {
        for (int i = 0; i < 10; i++) {
            assertEquals(T0, session.sessionForEvent(null));
            advance(Duration.ofMinutes(4));
        }
    }

    @Test
    void theAppsSessionIdWinsAndIsKeptForEventsWithoutOne() {
        session.sessionForEvent(null);
        assertEquals(42_000L, session.sessionForEvent(42_000L));
        advance(Duration.ofMinutes(1));
        assertEquals(42_000L, session.sessionForEvent(null));
    }

    @Test
    void aRenewedSessionNeverReusesOrGoesBelowTheLastId() {
        long appsIdAhead = T0 + Duration.ofHours(1).toMillis(); // an app id from a clock ahead of ours
        session.sessionForEvent(appsIdAhead);
        advance(Duration.ofMinutes(6));
        assertEquals(appsIdAhead + 1, session.sessionForEvent(null));
    }

    @Test
    void aClockThatGoesBackIsNotIdleness() {
        session.sessionForEvent(null);
        advance(Duration.ofMinutes(10).negated());
        assertEquals(T0, session.sessionForEvent(null));
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new AnalyticsSession(Clock.systemUTC(), Duration.ZERO));
    }
}
