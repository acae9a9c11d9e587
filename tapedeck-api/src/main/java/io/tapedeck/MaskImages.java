package io.tapedeck;

/**
 * Which images and custom-painted components become same-size placeholders in the replay
 * ({@code tapedeck.maskImages}, default {@link #LARGE}). A marker or privacy rule on a component
 * decides for it instead (docs/privacy.md).
 */
public enum MaskImages {
    /** Every image is recorded. */
    NONE,
    /**
     * Images and custom-painted components wider or taller than 100 pixels on screen become
     * placeholders; icons and other small images are recorded. The default.
     */
    LARGE,
    /** Every image and every custom-painted component becomes a placeholder. */
    ALL;

    /**
     * The setting written as in a properties file: {@code none}, {@code large} or {@code all},
     * in any letter case, surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
     */
    public static MaskImages parse(String value) {
        return EnumWords.parse(MaskImages.class, value);
    }
}
