package io.tapedeck.core.internal.config;

import io.tapedeck.MaskLevel;
import io.tapedeck.TapedeckConfig;

/**
 * The settings a collector sends for an API key (remote configuration), applied to a loaded
 * configuration: the agent's hook, kept out of the public {@link TapedeckConfig}.
 */
public final class RemoteOverrides {
    static final String ORIGIN = "remote configuration";

    private RemoteOverrides() {}

    /**
     * A copy of {@code config} with the collector's values; a null argument keeps the local
     * value. The remote sample rate replaces the local one. The remote mask level replaces the
     * local one but is raised to {@link TapedeckConfig#maskLevelMinimum()} when it is lower:
     * remote settings cannot lower masking below the app's floor. {@code toString()} of the copy
     * shows these values with the origin "remote configuration".
     *
     * @throws IllegalArgumentException when {@code sampleRate} is not within 0..1
     */
    public static TapedeckConfig apply(TapedeckConfig config, Double sampleRate, MaskLevel maskLevel) {
        if (sampleRate == null && maskLevel == null) return config;
        ResolvedConfig resolved = ConfigAccess.resolved(config);
        if (sampleRate != null) {
            try {
                ConfigKeys.SAMPLE_RATE.textOf(sampleRate);
            } catch (InvalidValueException e) {
                throw new IllegalArgumentException(
                        "remote " + ConfigKeys.SAMPLE_RATE.property() + "=" + sampleRate + ": " + e.getMessage());
            }
            resolved = resolved.with(ConfigKeys.SAMPLE_RATE, sampleRate, ORIGIN);
        }
        if (maskLevel != null) {
            MaskLevel floor = resolved.get(ConfigKeys.MASK_LEVEL_MINIMUM);
            MaskLevel applied = maskLevel.atLeast(floor);
            String origin = applied == maskLevel
                    ? ORIGIN
                    : ORIGIN + ": " + ConfigKeys.MASK_LEVEL.format(maskLevel) + ", raised to the floor "
                            + ConfigKeys.MASK_LEVEL_MINIMUM.property() + "="
                            + ConfigKeys.MASK_LEVEL_MINIMUM.format(floor);
            resolved = resolved.with(ConfigKeys.MASK_LEVEL, applied, origin);
        }
        return ConfigAccess.create(resolved);
    }
}
