package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.api.internal.Backends;
import io.tapedeck.api.internal.TapedeckBackend;
import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import java.util.Map;
import java.util.Optional;

/**
 * The recorder behind {@code io.tapedeck.Tapedeck}: tapedeck-api finds this class by name
 * ({@link Backends#AGENT_BACKEND}) on its own class path, which the agent jar is on with
 * {@code -javaagent} or as a dependency.
 */
public final class AgentBackend implements TapedeckBackend {
    @Override
    public void start(TapedeckConfig config) {
        RecordingControl.startForApp(config);
    }

    @Override
    public void stop() {
        RecordingControl.stop();
    }

    @Override
    public void flush() {
        RecordingControl.flush();
    }

    @Override
    public boolean isRecording() {
        return RecordingControl.isRecording();
    }

    @Override
    public Optional<String> replayId() {
        return RecordingControl.replayId();
    }

    @Override
    public Map<String, String> sessionReplayProperties() {
        return RecordingControl.sessionReplayProperties();
    }

    @Override
    public void event(String name, Map<String, ?> properties) {
        RecordingControl.event(name, properties);
    }

    @Override
    public void useSession(String deviceId, long sessionId) {
        RecordingControl.useSession(deviceId, sessionId);
    }

    @Override
    public void mask(Object component) {
        Markers.set(component, PrivacyMarker.MASK);
    }

    @Override
    public void unmask(Object component) {
        Markers.set(component, PrivacyMarker.UNMASK);
    }

    @Override
    public void block(Object component) {
        Markers.set(component, PrivacyMarker.BLOCK);
    }

    @Override
    public void setOptOut(boolean optOut) {
        RecordingControl.setOptOut(optOut);
    }

    @Override
    public boolean isOptedOut() {
        return RecordingControl.isOptedOut();
    }
}
