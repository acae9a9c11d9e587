package io.tapedeck.core.internal.record;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.destination.DestinationOpener;
import io.tapedeck.core.internal.destination.Destinations;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.session.SessionIdentity;
import io.tapedeck.core.internal.view.CaptureSink;
import java.util.Map;

/**
 * One recorded session: its identity, its recorder thread and its destination. Adapters get
 * {@link #sink()}; the agent owns the lifecycle.
 */
public final class Recording implements AutoCloseable {
    /** The page address a player shows for our documents (rrweb's Meta {@code href}). */
    static final String HREF = "https://tapedeck.invalid/";

    private final SessionIdentity session;
    private final Recorder recorder;
    private final String destination;

    private Recording(SessionIdentity session, Recorder recorder, String destination) {
        this.session = session;
        this.recorder = recorder;
        this.destination = destination;
    }

    /**
     * Opens the destination and starts the recorder thread.
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used
     */
    public static Recording start(TapedeckConfig config) {
        return start(config, Destinations::open);
    }

    /**
     * Like {@link #start(TapedeckConfig)}, with the destination opened by {@code opener}.
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used
     */
    public static Recording start(TapedeckConfig config, DestinationOpener opener) {
        return start(config, opener, System.currentTimeMillis());
    }

    /**
     * Like {@link #start(TapedeckConfig, DestinationOpener)} for the session whose id is
     * {@code sessionId} (epoch milliseconds of its start): the caller picked the id first, to
     * decide sampling before anything is written.
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used
     */
    public static Recording start(TapedeckConfig config, DestinationOpener opener, long sessionId) {
        return start(config, opener, SessionIdentity.start(config, sessionId));
    }

    /**
     * Like {@link #start(TapedeckConfig, DestinationOpener, long)} under a session identity the
     * caller chose (an analytics integration whose device and session the replay follows).
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used
     */
    public static Recording start(TapedeckConfig config, DestinationOpener opener, SessionIdentity session) {
        Destination destination = opener.open(config, session);
        ReplayStream stream =
                new ReplayStream(destination, HREF, config.keyframeInterval().toMillis(), PrivacyPolicy.from(config));
        Recorder recorder = new Recorder(stream, destination, ReplayClock::now);
        recorder.start();
        Log.info("recording session " + session.replayId() + " to " + destination.describe());
        return new Recording(session, recorder, destination.describe());
    }

    public CaptureSink sink() {
        return recorder;
    }

    public SessionIdentity session() {
        return session;
    }

    /** {@code deviceId/sessionId}. */
    public String replayId() {
        return session.replayId();
    }

    /** Where the events go (a file path, for now). */
    public String destination() {
        return destination;
    }

    /** True until closed or stopped by an internal error. */
    public boolean isActive() {
        return recorder.isAlive();
    }

    /** Puts an app event on the replay's timeline (an rrweb Custom event). */
    public void event(String tag, Map<String, ?> payload) {
        recorder.custom(tag, payload, ReplayClock.now());
    }

    /** Writes everything captured so far to the destination, waiting at most {@code timeoutMs}. */
    public boolean flush(long timeoutMs) {
        return recorder.flush(timeoutMs);
    }

    /** Stops recording, flushing with a bounded wait (2 s). Idempotent. */
    @Override
    public void close() {
        recorder.stop(2000);
    }
}
