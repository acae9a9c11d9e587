package io.tapedeck;

import io.tapedeck.api.internal.Backends;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Session replay for this JVM's desktop UI, from code. With {@code -javaagent} nothing needs to
 * be called: the agent starts recording once the app shows a window. With tapedeck-agent on the
 * class path instead, {@link #start()} does the same from the app.
 *
 * <p>This class is in tapedeck-api, which an app compiles and ships against; the recorder is
 * the agent's (the same class is inside the agent jar). <b>Without the agent</b> every call is a
 * no-op that answers as when not recording ({@link #isRecording()} false, {@link #replayId()}
 * empty, {@link #sessionReplayProperties()} an empty map, {@link #isOptedOut()} false), arguments
 * are still checked as documented, and {@link #start()} writes one {@code [tapedeck] ERROR} line
 * that names the fix, once per JVM. The agent and tapedeck-api must have the same version
 * (tapedeck-bom).
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
@NullMarked
public final class Tapedeck {
    private Tapedeck() {}

    /**
     * {@code start(TapedeckConfig.load())}: settings from system properties, environment
     * variables and the properties file.
     *
     * @throws TapedeckConfigException when a setting is invalid (nothing is started or stopped);
     *     without the agent the settings are not read: nothing would use them
     */
    public static void start() {
        if (!Backends.agentPresent()) {
            Backends.startWithoutAgent();
            return;
        }
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
        Backends.current().start(config);
    }

    /**
     * Stops recording and writes the last events, waiting at most about 2 s. Does nothing when
     * not recording. The agent does not restart recording afterwards.
     */
    public static void stop() {
        Backends.current().stop();
    }

    /**
     * Writes everything captured so far to the destination, waiting at most 2 s. When uploading
     * to a collector, it also waits (within the same 2 s) until the collector has it; what does
     * not arrive in time stays in the spool and is sent later.
     */
    public static void flush() {
        Backends.current().flush();
    }

    /** Whether a recording runs (false when not started, stopped, opted out, or this session is not sampled). */
    public static boolean isRecording() {
        return Backends.current().isRecording();
    }

    /** {@code deviceId/sessionId} of the running recording; empty when not recording. */
    public static Optional<String> replayId() {
        return Backends.current().replayId();
    }

    /**
     * {@code {"[Amplitude] Session Replay ID": "<deviceId>/<sessionId>"}} while recording, an
     * empty map otherwise: add it to analytics events so each event links to its replay.
     * Unmodifiable.
     */
    public static Map<String, String> sessionReplayProperties() {
        return Backends.current().sessionReplayProperties();
    }

    /**
     * Puts an app event on the replay's timeline: an rrweb Custom event with {@code name} as its
     * tag and {@code properties} as its payload (numbers, booleans and text; anything else as its
     * {@code toString()}; {@code null} is no properties), at the current time. The viewer lists it with clicks and window
     * changes, and a click on it seeks there. Nothing happens while not recording. Properties are
     * recorded as given: do not put personal data in them.
     *
     * @throws NullPointerException when {@code name} is null
     * @throws IllegalArgumentException when {@code name} is blank
     */
    public static void event(String name, @Nullable Map<String, ?> properties) {
        Objects.requireNonNull(name, "Tapedeck.event(name, properties): name is null");
        if (name.trim().isEmpty())
            throw new IllegalArgumentException("Tapedeck.event(name, properties): name is blank");
        Backends.current().event(name, properties == null ? Map.of() : new LinkedHashMap<>(properties));
    }

    /**
     * Records the replay under this device and session id from now on: for an analytics
     * integration (the Segment plugin, the Amplitude middleware) whose events must carry the
     * replay id of the session they belong to. A recording running under other ids is flushed
     * and a new one starts under these with the same settings, sampled from {@code sessionId}
     * (so the same session is recorded or not wherever it is decided) and subject to opt-out.
     * The same ids again change nothing. Without a recording the ids are kept for the next
     * start; {@link #stop()} forgets them. {@link #replayId()} then says whether this session is
     * recorded.
     *
     * @param deviceId  the analytics device id (Amplitude's {@code device_id})
     * @param sessionId the analytics session id: epoch milliseconds of the session's start
     * @throws NullPointerException when {@code deviceId} is null
     * @throws IllegalArgumentException when {@code deviceId} is not 1 to 64 characters from
     *     {@code A-Z a-z 0-9 . _ -} (the rule of {@code tapedeck.deviceId}) or {@code sessionId} is
     *     not positive
     */
    public static void useSession(String deviceId, long sessionId) {
        Objects.requireNonNull(deviceId, "Tapedeck.useSession(deviceId, sessionId): deviceId is null");
        if (!deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("Tapedeck.useSession(deviceId, sessionId): deviceId \"" + deviceId
                    + "\" is not 1 to 64 characters from A-Z a-z 0-9 . _ - (as tapedeck.deviceId)");
        }
        if (sessionId <= 0) {
            throw new IllegalArgumentException("Tapedeck.useSession(deviceId, sessionId): sessionId " + sessionId
                    + " is not an epoch-millisecond session id");
        }
        Backends.current().useSession(deviceId, sessionId);
    }

    /**
     * Masks the text of {@code component} and of everything inside it in the replay, whatever
     * the mask level says (each character becomes {@code *}; the layout stays). For any
     * toolkit's component: a Swing {@code JComponent} or a JavaFX {@code Node}. The marker is
     * kept for as long as the component lives (it never keeps the component alive) and applies
     * whether or not recording has started. A later {@code mask}, {@link #unmask} or
     * {@link #block} on the same component replaces it. See docs/privacy.md for how markers rank
     * against rules and levels.
     *
     * @throws NullPointerException when {@code component} is null
     */
    public static void mask(Object component) {
        Backends.current().mask(requireComponent(component, "mask"));
    }

    /**
     * Shows the text of {@code component} and of everything inside it in the replay, even
     * where the mask level would mask it (for content known to be harmless). Never unmasks a
     * password field: passwords are not captured, whatever a marker says. Kept and replaced
     * like {@link #mask}.
     *
     * @throws NullPointerException when {@code component} is null
     */
    public static void unmask(Object component) {
        Backends.current().unmask(requireComponent(component, "unmask"));
    }

    /**
     * Blocks {@code component}: the replay shows a same-size placeholder, and nothing inside it
     * (text, images, children) is read at all. Kept and replaced like {@link #mask}.
     *
     * @throws NullPointerException when {@code component} is null
     */
    public static void block(Object component) {
        Backends.current().block(requireComponent(component, "block"));
    }

    /**
     * Opts this user out of recording ({@code true}) or back in ({@code false}).
     *
     * <p>Opting out stops the running recording at once (nothing more is written), deletes this
     * device's unsent data (the batches waiting in this app's spool, and the session file a
     * {@code file:} destination was writing), and is kept in {@code <dataDir>/opt-out}, so every
     * later start, of this app or another one sharing the data directory, records nothing until
     * reverted. Opting back in deletes that file; recording does not restart by itself: the
     * next start (the next run with the agent, or {@link #start()}) records. A
     * {@code tapedeck.optOut=true} setting keeps recording off regardless.
     */
    public static void setOptOut(boolean optOut) {
        Backends.current().setOptOut(optOut);
    }

    /**
     * Whether recording is off because of an opt-out: {@link #setOptOut(boolean) setOptOut(true)}
     * in this process, the file {@code <dataDir>/opt-out}, or {@code tapedeck.optOut=true}.
     */
    public static boolean isOptedOut() {
        return Backends.current().isOptedOut();
    }

    private static Object requireComponent(Object component, String method) {
        if (component == null) {
            throw new NullPointerException("Tapedeck." + method + "(component): component is null");
        }
        return component;
    }
}
