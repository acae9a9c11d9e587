package io.tapedeck.agent.internal;

import io.tapedeck.MaskLevel;
import io.tapedeck.TapedeckConfig;
import java.util.Optional;

/** Package-private agent state, for tests in other packages. */
public final class AgentTestAccess {
    private AgentTestAccess() {}

    public static Optional<Double> remoteSampleRate() {
        return RecordingControl.remoteConfig().sampleRate();
    }

    public static Optional<MaskLevel> remoteMaskLevel() {
        return RecordingControl.remoteConfig().maskLevel();
    }

    /** The settings the running recording uses (local plus remote); empty when not recording. */
    public static Optional<TapedeckConfig> effectiveConfig() {
        ActiveRecording r = RecordingControl.current();
        return r == null ? Optional.empty() : Optional.of(r.config());
    }
}
