package io.tapedeck.core.internal.view;

import java.util.Objects;

/**
 * A font as the adapter resolved it: a CSS-ready family list, a size in CSS pixels, weight
 * and slant. Immutable; adapters should cache one instance per toolkit font so equal fonts
 * are usually the same object.
 */
public final class FontSpec {
    private final String family;
    private final float sizePx;
    private final boolean bold;
    private final boolean italic;

    /**
     * @param family a CSS font-family value, e.g. {@code "DejaVu Sans", sans-serif}
     * @param sizePx the size in CSS pixels (Java2D point sizes are pixels on screen)
     */
    public FontSpec(String family, float sizePx, boolean bold, boolean italic) {
        this.family = Objects.requireNonNull(family, "family");
        this.sizePx = sizePx;
        this.bold = bold;
        this.italic = italic;
    }

    public String family() {
        return family;
    }

    public float sizePx() {
        return sizePx;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof FontSpec)) return false;
        FontSpec f = (FontSpec) o;
        return Float.compare(f.sizePx, sizePx) == 0 && bold == f.bold && italic == f.italic && family.equals(f.family);
    }

    @Override
    public int hashCode() {
        return Objects.hash(family, sizePx, bold, italic);
    }

    @Override
    public String toString() {
        return family + " " + sizePx + "px" + (bold ? " bold" : "") + (italic ? " italic" : "");
    }
}
