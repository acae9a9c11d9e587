package io.tapedeck.segment.internal;

import java.time.Clock;
import java.time.Duration;

/**
 * The analytics session, kept the way Segment's Amplitude session plugin keeps it: the id is the
 * epoch milliseconds of the session's first event, and an event after {@code timeout} without
 * events starts a new session. A session id the app set itself wins and becomes the current one,
 * so events that follow without an id stay in the app's session.
 *
 * <p>Thread-safe: Segment's {@code enqueue} may be called from any thread.
 */
public final class AnalyticsSession {
    private final Clock clock;
    private final long timeoutMs;
    /** Guarded by this; 0: no session yet. */
    private long sessionId;
    /** Guarded by this. */
    private long lastEventMs;

    public AnalyticsSession(Clock clock, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("session timeout must be positive, not " + timeout);
        }
        this.clock = clock;
        this.timeoutMs = timeout.toMillis();
    }

    /**
     * The session of an event happening now: {@code appSessionId} when the app set one (it then
     * becomes the current session), else the current session, renewed when it has been idle
     * longer than the timeout.
     */
    public synchronized long sessionForEvent(Long appSessionId) {
        long now = clock.millis();
        if (appSessionId != null) {
            sessionId = appSessionId;
        } else if (sessionId == 0 || now - lastEventMs > timeoutMs) {
            // A clock that does not move (two sessions in one millisecond) must still give a new id.
            sessionId = Math.max(now, sessionId + 1);
        }
        lastEventMs = now;
        return sessionId;
    }

    /** The current session id, 0 before the first event. Does not count as an event. */
    public synchronized long current() {
        return sessionId;
    }
}
