package io.tapedeck.core.internal.session;

import io.tapedeck.TapedeckConfig;
import java.util.Objects;

/**
 * Who is recording and which session: the device id (configured, else persisted per user in the
 * data directory), the session id (epoch milliseconds when the session started) and the replay
 * id {@code deviceId/sessionId} under which the replay is found. Immutable.
 */
public final class SessionIdentity {
    private final String deviceId;
    private final long sessionId;

    private SessionIdentity(String deviceId, long sessionId) {
        this.deviceId = Objects.requireNonNull(deviceId);
        this.sessionId = sessionId;
    }

    /** A new session starting now. Never throws for an unusable data directory. */
    public static SessionIdentity start(TapedeckConfig config) {
        return start(config, System.currentTimeMillis());
    }

    /** A new session starting at {@code startEpochMillis}. */
    public static SessionIdentity start(TapedeckConfig config, long startEpochMillis) {
        String deviceId = config.deviceId().orElseGet(() -> DeviceIdStore.loadOrCreate(config.dataDir()));
        return new SessionIdentity(deviceId, startEpochMillis);
    }

    public static SessionIdentity of(String deviceId, long sessionId) {
        return new SessionIdentity(deviceId, sessionId);
    }

    /**
     * The next session of the same device (after inactivity), starting at {@code nowEpochMillis};
     * always later than this one, so two sessions never share an id.
     */
    public SessionIdentity renew(long nowEpochMillis) {
        return new SessionIdentity(deviceId, Math.max(nowEpochMillis, sessionId + 1));
    }

    public String deviceId() {
        return deviceId;
    }

    /** Epoch milliseconds at the start of the session; printed in decimal wherever it appears. */
    public long sessionId() {
        return sessionId;
    }

    /** {@code deviceId/sessionId}, e.g. {@code 3f2a…/1718000000000}. */
    public String replayId() {
        return deviceId + "/" + sessionId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SessionIdentity)) return false;
        SessionIdentity other = (SessionIdentity) o;
        return sessionId == other.sessionId && deviceId.equals(other.deviceId);
    }

    @Override
    public int hashCode() {
        return deviceId.hashCode() * 31 + Long.hashCode(sessionId);
    }

    @Override
    public String toString() {
        return replayId();
    }
}
