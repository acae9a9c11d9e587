package io.tapedeck.segment.internal;

import com.segment.analytics.messages.AliasMessage;
import com.segment.analytics.messages.GroupMessage;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import com.segment.analytics.messages.MessageBuilder;
import com.segment.analytics.messages.PageMessage;
import com.segment.analytics.messages.ScreenMessage;
import com.segment.analytics.messages.TrackMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reading from and writing to Segment's built (immutable) messages.
 *
 * <p>Why a copy dance: Segment's {@code toBuilder()} keeps context, ids and the message's own
 * fields, but drops the message id, timestamp, sent-at time and integrations; a message changed
 * here gets those back, so de-duplication, event time and other destinations are unchanged.
 */
public final class SegmentMessages {
    /** Segment's name of the Amplitude (Actions) destination. */
    public static final String AMPLITUDE_ACTIONS = "Actions Amplitude";

    public static final String SESSION_ID = "session_id";

    private SegmentMessages() {}

    /** {@code context.device.id}, else {@code anonymousId}; null when neither is set. */
    public static String deviceId(Message message) {
        Map<String, ?> context = message.context();
        if (context != null && context.get("device") instanceof Map) {
            Object id = ((Map<?, ?>) context.get("device")).get("id");
            if (id != null && !id.toString().isEmpty()) return id.toString();
        }
        String anonymousId = message.anonymousId();
        return anonymousId == null || anonymousId.isEmpty() ? null : anonymousId;
    }

    /** {@code integrations["Actions Amplitude"].session_id} when the app set one (a number or digits), else null. */
    public static Long appSessionId(Message message) {
        Object value = amplitudeOptions(message).get(SESSION_ID);
        if (value instanceof Number) {
            long id = ((Number) value).longValue();
            return id > 0 ? id : null;
        }
        if (value instanceof String) {
            try {
                long id = Long.parseLong(((String) value).trim());
                return id > 0 ? id : null;
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }
        return null;
    }

    /** Whether this is an event of the replay's timeline (track or screen). */
    public static boolean isTimelineEvent(Message message) {
        return message instanceof TrackMessage || message instanceof ScreenMessage;
    }

    /** The event name of a track event, the screen name of a screen event, else null. */
    public static String eventName(Message message) {
        if (message instanceof TrackMessage) return ((TrackMessage) message).event();
        if (message instanceof ScreenMessage) return ((ScreenMessage) message).name();
        return null;
    }

    /** The properties of a track or screen event (empty when none), else an empty map. */
    public static Map<String, ?> properties(Message message) {
        Map<String, ?> properties = null;
        if (message instanceof TrackMessage) properties = ((TrackMessage) message).properties();
        if (message instanceof ScreenMessage) properties = ((ScreenMessage) message).properties();
        return properties == null ? Map.of() : properties;
    }

    /**
     * {@code message} with {@code integrations["Actions Amplitude"].session_id = sessionId} unless
     * the app set one (the destination's other options kept) and, for a track or screen event, the extra
     * {@code properties} added (they replace properties of the same name). Other message types
     * get the session id only.
     */
    public static Message with(Message message, long sessionId, Map<String, String> extraProperties) {
        Map<String, Object> amplitude = new LinkedHashMap<>(amplitudeOptions(message));
        if (appSessionId(message) == null)
            amplitude.put(SESSION_ID, sessionId); // the app's own id stays as it was written
        MessageBuilder<?, ?> builder = toBuilder(message, extraProperties);
        if (builder == null) return message; // a message type this Segment version did not have
        copyKept(message, builder, amplitude);
        return builder.build();
    }

    private static MessageBuilder<?, ?> toBuilder(Message message, Map<String, String> extraProperties) {
        if (message instanceof TrackMessage) {
            return ((TrackMessage) message).toBuilder().properties(merged(properties(message), extraProperties));
        }
        if (message instanceof ScreenMessage) {
            return ((ScreenMessage) message).toBuilder().properties(merged(properties(message), extraProperties));
        }
        if (message instanceof PageMessage) return ((PageMessage) message).toBuilder();
        if (message instanceof IdentifyMessage) return ((IdentifyMessage) message).toBuilder();
        if (message instanceof GroupMessage) return ((GroupMessage) message).toBuilder();
        if (message instanceof AliasMessage) return ((AliasMessage) message).toBuilder();
        return null;
    }

    private static Map<String, Object> merged(Map<String, ?> properties, Map<String, String> extra) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putAll(extra);
        return all;
    }

    private static void copyKept(Message message, MessageBuilder<?, ?> builder, Map<String, Object> amplitude) {
        boolean amplitudeOff = message.integrations() != null
                && Boolean.FALSE.equals(message.integrations().get(AMPLITUDE_ACTIONS));
        if (message.messageId() != null) builder.messageId(message.messageId());
        if (message.timestamp() != null) builder.timestamp(message.timestamp());
        if (message.sentAt() != null) builder.sentAt(message.sentAt());
        Map<String, Object> integrations = message.integrations();
        if (integrations != null) {
            for (Map.Entry<String, Object> e : integrations.entrySet()) {
                if (AMPLITUDE_ACTIONS.equals(e.getKey()) && !amplitudeOff) continue;
                Object value = e.getValue();
                if (value instanceof Boolean) {
                    builder.enableIntegration(e.getKey(), (Boolean) value);
                } else if (value instanceof Map) {
                    builder.integrationOptions(e.getKey(), stringKeyed((Map<?, ?>) value));
                }
                // Segment's builder takes only booleans and option maps, so nothing else can be set.
            }
        }
        // The app turned the Amplitude destination off for this message: it stays off.
        if (!amplitudeOff) builder.integrationOptions(AMPLITUDE_ACTIONS, amplitude);
    }

    private static Map<String, Object> amplitudeOptions(Message message) {
        Map<String, Object> integrations = message.integrations();
        Object options = integrations == null ? null : integrations.get(AMPLITUDE_ACTIONS);
        return options instanceof Map ? stringKeyed((Map<?, ?>) options) : Map.of();
    }

    private static Map<String, Object> stringKeyed(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) copy.put(String.valueOf(e.getKey()), e.getValue());
        return copy;
    }
}
