package io.tapedeck;

/**
 * How much text is masked in the replay ({@code tapedeck.maskLevel}, default {@link #MEDIUM}).
 * Later constants mask more: {@code LIGHT < MEDIUM < CONSERVATIVE}. Markers and privacy rules
 * rank above the level (docs/privacy.md); a password's content is never recorded at any level.
 */
public enum MaskLevel {
    /** Passwords, and inputs recognised as sensitive (email, phone, card, national id). */
    LIGHT,
    /** Every editable or editable-looking text: fields, areas, editable combos, spinners. The default. */
    MEDIUM,
    /** Every text: labels, cells, titles, tooltips, menus, tabs, window titles. */
    CONSERVATIVE;

    /**
     * The level written as in a properties file: {@code light}, {@code medium} or
     * {@code conservative}, in any letter case, surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
     */
    public static MaskLevel parse(String value) {
        return EnumWords.parse(MaskLevel.class, value);
    }

    /** The stricter of this level and {@code floor}: how a minimum level is applied. */
    public MaskLevel atLeast(MaskLevel floor) {
        return compareTo(floor) >= 0 ? this : floor;
    }
}
