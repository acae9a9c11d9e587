package io.tapedeck.agent.internal;

import java.util.Optional;

/** Package-private agent state, for tests in other packages. */
public final class AgentTestAccess {
    private AgentTestAccess() {}

    public static Optional<Double> remoteSampleRate() {
        return RecordingControl.remoteConfig().sampleRate();
    }

    public static Optional<String> remoteMaskLevel() {
        return RecordingControl.remoteConfig().maskLevel();
    }
}
