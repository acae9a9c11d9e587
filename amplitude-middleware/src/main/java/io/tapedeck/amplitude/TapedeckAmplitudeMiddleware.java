package io.tapedeck.amplitude;

import com.amplitude.Event;
import com.amplitude.Middleware;
import com.amplitude.MiddlewareNext;
import com.amplitude.MiddlewarePayload;
import io.tapedeck.Tapedeck;
import io.tapedeck.core.internal.log.Log;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.json.JSONObject;
import org.jspecify.annotations.Nullable;

/**
 * Links the events of Amplitude's Java SDK to Tapedeck's replay. Add it once:
 *
 * <pre>{@code
 * Amplitude amplitude = Amplitude.getInstance();
 * amplitude.init(AMPLITUDE_API_KEY);
 * amplitude.addEventMiddleware(new TapedeckAmplitudeMiddleware());
 * }</pre>
 *
 * <p>For every event it
 * <ol>
 *   <li>makes the recording follow the event's {@code device_id} and {@code session_id}
 *       ({@link Tapedeck#useSession}), so the replay id is what the events carry;</li>
 *   <li>adds {@value #REPLAY_ID_PROPERTY}{@code : "<deviceId>/<sessionId>"} to its
 *       {@code event_properties} exactly when that session is being recorded (not when it is
 *       sampled out, opted out, or nothing records);</li>
 *   <li>writes it onto the replay's timeline as {@code Tapedeck.event(event_type, event_properties)}.</li>
 * </ol>
 *
 * <p>An event without a session ({@code session_id} unset or not positive) or whose device id
 * Tapedeck cannot use (not 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}) leaves the
 * recording's session alone and gets no replay id; it still goes onto the timeline of whatever
 * is being recorded, because it happened in this app at that moment.
 *
 * <p>Recording itself is started as usual: by the {@code -javaagent} or by {@link Tapedeck#start()}.
 * The middleware runs on the thread that called {@code logEvent}; it never throws into the SDK
 * or the app: a failure is logged once and the event goes on unchanged.
 */
public final class TapedeckAmplitudeMiddleware implements Middleware {
    /** The event property Amplitude reads to link an event to its replay. */
    public static final String REPLAY_ID_PROPERTY = "[Amplitude] Session Replay ID";

    /** Tapedeck's rule for a device id (that of {@code tapedeck.deviceId} and {@code useSession}). */
    private static final Pattern USABLE_DEVICE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final AtomicBoolean unusableDeviceIdSaid = new AtomicBoolean();

    /** A middleware for one Amplitude client; add it with {@code amplitude.addEventMiddleware(...)}. */
    public TapedeckAmplitudeMiddleware() {}

    /**
     * Called by the SDK for each event: links it as the class description says, then passes
     * {@code payload} on to {@code next}. A null payload (or one without an event) is passed on
     * untouched. Never throws, except what {@code next} throws.
     */
    @Override
    public void run(@Nullable MiddlewarePayload payload, MiddlewareNext next) {
        Event event = payload == null ? null : payload.event;
        if (event != null) {
            try {
                link(event);
            } catch (Throwable t) {
                Log.warnOnce(
                        "amplitude-middleware", "amplitude middleware: an event is sent without the replay link: " + t);
            }
        }
        next.run(payload); // outside the try: what the SDK's next step throws is the SDK's own
    }

    private void link(Event event) {
        String replayId = follow(event.deviceId, event.sessionId);
        JSONObject properties = event.eventProperties;
        // The timeline gets the app's own properties; the replay id would only repeat the replay's name.
        Map<String, Object> timelineProperties = properties == null ? Map.of() : properties.toMap();
        String name = event.eventType;
        if (name != null && !name.trim().isEmpty()) Tapedeck.event(name, timelineProperties);
        // Last, so that a failure before it sends the event exactly as the app made it.
        if (replayId != null) event.addEventProperty(REPLAY_ID_PROPERTY, replayId);
    }

    /**
     * Makes the recording follow {@code deviceId}/{@code sessionId} when both are usable and
     * returns that replay id when this session is being recorded; null otherwise.
     */
    private String follow(String deviceId, long sessionId) {
        if (sessionId <= 0 || deviceId == null) return null; // no session: Amplitude's default is -1
        if (!USABLE_DEVICE_ID.matcher(deviceId).matches()) {
            if (unusableDeviceIdSaid.compareAndSet(false, true)) {
                Log.debug(
                        "amplitude middleware: device_id \"" + deviceId + "\" is not 1 to 64 characters from"
                                + " A-Z a-z 0-9 . _ -; events of such devices leave the replay's session alone and get no replay id");
            }
            return null;
        }
        Tapedeck.useSession(deviceId, sessionId);
        String wanted = deviceId + "/" + sessionId;
        return Tapedeck.replayId().filter(wanted::equals).orElse(null);
    }
}
