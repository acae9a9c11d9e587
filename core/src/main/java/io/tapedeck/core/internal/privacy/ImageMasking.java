package io.tapedeck.core.internal.privacy;

import java.util.Locale;

/** Which images and custom-painted components become placeholders ({@code tapedeck.maskImages}). */
public enum ImageMasking {
    /** Every image is recorded. */
    NONE,
    /** Images (and custom-painted components) wider or taller than {@link #LARGE_SIDE} pixels on screen. */
    LARGE,
    /** Every image and every custom-painted component. */
    ALL;

    /** Above this many pixels in either direction an image counts as large. */
    public static final int LARGE_SIDE = 100;

    public static ImageMasking parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** Whether an image of this size on screen is hidden (when no marker or rule decided). */
    public boolean hides(int width, int height) {
        switch (this) {
            case NONE: return false;
            case ALL: return true;
            default: return width > LARGE_SIDE || height > LARGE_SIDE;
        }
    }
}
