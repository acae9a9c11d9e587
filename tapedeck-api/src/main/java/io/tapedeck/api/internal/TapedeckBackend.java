package io.tapedeck.api.internal;

import io.tapedeck.TapedeckConfig;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code io.tapedeck.Tapedeck} delegates to: the recorder of the agent when it is on the
 * class path ({@code -javaagent}, or tapedeck-agent as a dependency), otherwise {@link NoBackend}.
 * Arguments are already checked by {@code Tapedeck}; an implementation never throws into the app.
 */
public interface TapedeckBackend {
    void start(TapedeckConfig config);

    void stop();

    void flush();

    boolean isRecording();

    Optional<String> replayId();

    Map<String, String> sessionReplayProperties();

    /** {@code properties} is a copy the backend may keep. */
    void event(String name, Map<String, ?> properties);

    void useSession(String deviceId, long sessionId);

    void mask(Object component);

    void unmask(Object component);

    void block(Object component);

    void setOptOut(boolean optOut);

    boolean isOptedOut();
}
