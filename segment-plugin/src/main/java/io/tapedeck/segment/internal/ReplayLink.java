package io.tapedeck.segment.internal;

import com.segment.analytics.MessageInterceptor;
import com.segment.analytics.messages.Message;
import io.tapedeck.Tapedeck;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import java.util.Map;

/**
 * Links each Segment message to the replay: puts it in the analytics session, makes the recorder
 * follow that session, and, while the session is recorded, tags track and screen events with the
 * replay id and writes them onto the replay's timeline.
 *
 * <p>Runs on the thread that called {@code Analytics.enqueue}. It never throws into the app: a
 * failure is logged once and the message goes on unchanged.
 */
public final class ReplayLink implements MessageInterceptor {
    /** The event property Amplitude reads to link an event to its replay. */
    public static final String REPLAY_ID_PROPERTY = "[Amplitude] Session Replay ID";

    private final TapedeckConfig config;
    private final AnalyticsSession session;
    /** Guarded by this: pause() until resume(). */
    private boolean paused;
    /** Guarded by this: whether this link has started the recorder (since creation or the last resume). */
    private boolean started;
    /** Guarded by this: the last device the recorder was told to follow; null before the first event. */
    private String lastDeviceId;

    public ReplayLink(TapedeckConfig config, AnalyticsSession session) {
        this.config = config;
        this.session = session;
    }

    @Override
    public Message intercept(Message message) {
        if (message == null) return null;
        try {
            return link(message);
        } catch (Throwable t) {
            Log.warnOnce(
                    "segment-link",
                    "segment plugin: a " + message.type() + " message is sent without the replay link: " + t);
            return message;
        }
    }

    private Message link(Message message) {
        Long appSessionId = SegmentMessages.appSessionId(message);
        long sessionId;
        Map<String, String> extra = Map.of();
        // One lock from choosing the session to writing the event: two threads cannot make the
        // recorder flip between sessions, nor put an event on the next session's timeline.
        synchronized (this) {
            sessionId = session.sessionForEvent(appSessionId);
            String replayId = follow(SegmentMessages.deviceId(message), sessionId);
            if (replayId != null && SegmentMessages.isTimelineEvent(message)) {
                extra = Map.of(REPLAY_ID_PROPERTY, replayId);
                String name = SegmentMessages.eventName(message);
                if (name != null && !name.trim().isEmpty()) Tapedeck.event(name, SegmentMessages.properties(message));
            }
        }
        if (appSessionId != null && extra.isEmpty()) return message; // nothing to add: the app's message as it was
        return SegmentMessages.with(message, sessionId, extra);
    }

    /**
     * Makes the recorder follow {@code deviceId}/{@code sessionId}; returns that replay id when
     * this session is being recorded, null otherwise (paused, sampled out, opted out, no device).
     */
    private synchronized String follow(String deviceId, long sessionId) {
        if (paused || deviceId == null) return null;
        try {
            if (started) {
                Tapedeck.useSession(deviceId, sessionId);
            } else {
                startUnder(deviceId, sessionId);
            }
        } catch (IllegalArgumentException notUsableAsReplayId) {
            // Tapedeck's device-id rule is narrower than Segment's; such a device is not recorded.
            Log.warnOnce(
                    "segment-device-id",
                    "segment plugin: " + notUsableAsReplayId.getMessage() + "; events of this device are not recorded");
            return null;
        }
        lastDeviceId = deviceId;
        String wanted = deviceId + "/" + sessionId;
        return Tapedeck.replayId().filter(wanted::equals).orElse(null);
    }

    /**
     * Called when the plugin is added to a Segment client (the app's setup, not a UI callback):
     * stops a recording the agent may have started by itself. Stopping flushes, which may take
     * up to about 2 s; done here, the first event's {@link #startUnder} has nothing to close and
     * does not wait.
     */
    public synchronized void prepare() {
        if (!started && !paused) Tapedeck.stop();
    }

    /**
     * Starts the recorder with the plugin's settings directly under these ids: the ids first, so
     * the recording opens under them and no recording under other ids is opened in between.
     */
    private void startUnder(String deviceId, long sessionId) {
        Tapedeck.useSession(deviceId, sessionId);
        Tapedeck.start(config);
        started = true;
    }

    /** Stops recording until {@link #resume()}; events go on in the session, without the replay link. */
    public synchronized void pause() {
        if (paused) return;
        paused = true;
        started = false;
        Tapedeck.stop();
    }

    /** Records again, in the current session right away when there has been an event before. */
    public synchronized void resume() {
        if (!paused) return;
        paused = false;
        long sessionId = session.current();
        if (lastDeviceId != null && sessionId > 0) startUnder(lastDeviceId, sessionId);
    }

    public synchronized boolean isPaused() {
        return paused;
    }
}
