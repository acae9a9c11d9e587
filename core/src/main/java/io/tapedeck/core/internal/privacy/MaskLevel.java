package io.tapedeck.core.internal.privacy;

import java.util.Locale;

/** How much text is masked ({@code tapedeck.maskLevel}); later constants mask more. */
public enum MaskLevel {
    /** Passwords, and inputs recognised as sensitive (email, phone, card, national id). */
    LIGHT,
    /** Every editable or editable-looking text: fields, areas, editable combos, spinners. */
    MEDIUM,
    /** Every text: labels, cells, titles, tooltips, menus, tabs, window titles. */
    CONSERVATIVE;

    /** {@code light}/{@code medium}/{@code conservative} in any case. */
    public static MaskLevel parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The stricter of the two: a floor is applied with {@code level.atLeast(minimum)}. */
    public MaskLevel atLeast(MaskLevel floor) {
        return compareTo(floor) >= 0 ? this : floor;
    }
}
