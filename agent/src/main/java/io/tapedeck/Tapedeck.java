package io.tapedeck;

import io.tapedeck.agent.internal.RecordingControl;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Session replay for this JVM's desktop UI, from code. With {@code -javaagent} nothing needs to
 * be called: the agent starts recording once the app shows a window. Without the agent,
 * {@link #start()} does the same from the app.
 *
 * <p>There is at most one recording per JVM. All methods are thread-safe and may be called from
 * any thread, including the event dispatch thread. Apart from the configuration errors
 * documented on {@link #start()} and {@link #start(TapedeckConfig)}, nothing here throws into
 * the app: a failure is one {@code [tapedeck] ERROR} line on standard error and no recording.
 *
 * <pre>{@code
 * Tapedeck.start();                                   // settings from tapedeck.* / TAPEDECK_* / file
 * analytics.track("Checkout", Tapedeck.sessionReplayProperties());
 * Tapedeck.stop();
 * }</pre>
 */
public final class Tapedeck {
    private Tapedeck() {}

    /**
     * {@code start(TapedeckConfig.load())}: settings from system properties, environment
     * variables and the properties file.
     *
     * @throws TapedeckConfigException when a setting is invalid (nothing is started or stopped)
     */
    public static void start() {
        start(TapedeckConfig.load());
    }

    /**
     * Starts recording with {@code config}. A recording already running (started by the agent or
     * an earlier call) is stopped and flushed first, so the new one runs with this
     * configuration, as a new session. When {@code config.enabled()} is false, this only stops.
     * The Swing windows are followed right away when this runtime has AWT.
     *
     * <p>A destination that cannot be used is not thrown: it is logged as one error line and
     * {@link #isRecording()} stays false. Once the app has called {@code start} or {@link #stop()},
     * the agent no longer starts a recording by itself.
     *
     * @throws TapedeckConfigException never for a built {@code config} (building it validates);
     *     listed because {@link #start()} passes its loading errors through here
     */
    public static void start(TapedeckConfig config) {
        Objects.requireNonNull(config, "config");
        RecordingControl.startForApp(config);
    }

    /**
     * Stops recording and writes the last events, waiting at most about 2 s. Does nothing when
     * not recording. The agent does not restart recording afterwards.
     */
    public static void stop() {
        RecordingControl.stop();
    }

    /**
     * Writes everything captured so far to the destination, waiting at most 2 s. When uploading
     * to a collector, it also waits (within the same 2 s) until the collector has it; what does
     * not arrive in time stays in the spool and is sent later.
     */
    public static void flush() {
        RecordingControl.flush();
    }

    public static boolean isRecording() {
        return RecordingControl.isRecording();
    }

    /** {@code deviceId/sessionId} of the running recording; empty when not recording. */
    public static Optional<String> replayId() {
        return RecordingControl.replayId();
    }

    /**
     * {@code {"[Amplitude] Session Replay ID": "<deviceId>/<sessionId>"}} while recording, an
     * empty map otherwise: add it to analytics events so each event links to its replay.
     * Unmodifiable.
     */
    public static Map<String, String> sessionReplayProperties() {
        return RecordingControl.sessionReplayProperties();
    }
}
