package io.tapedeck.core.internal.privacy;

import java.util.Locale;

/** What the app said about one component: mask its text, show it, or block it entirely. */
public enum PrivacyMarker {
    NONE,
    MASK,
    UNMASK,
    BLOCK;

    /** {@code mask}/{@code unmask}/{@code block} (any case) → the marker; anything else → null. */
    public static PrivacyMarker parse(Object value) {
        if (!(value instanceof String)) return null;
        switch (((String) value).trim().toLowerCase(Locale.ROOT)) {
            case "mask":
                return MASK;
            case "unmask":
                return UNMASK;
            case "block":
                return BLOCK;
            default:
                return null;
        }
    }
}
