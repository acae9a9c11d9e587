package io.tapedeck.core.internal.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A component's own painting (background, border, content; not its child components), as
 * SVG elements in paint order, in the component's coordinates. Immutable; two drawings are
 * equal when they draw the same, so a re-recording that changed nothing is recognised and
 * produces no event.
 */
public final class Drawing {
    private final List<DrawElement> elements;
    private final double scale;
    private final int hash;

    private Drawing(List<DrawElement> elements, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale " + scale);
        this.elements = elements;
        this.scale = scale;
        this.hash = elements.hashCode() * 31 + Double.hashCode(scale);
    }

    /** A drawing in the component's coordinates (one unit = one pixel of the component). */
    public static Drawing of(List<DrawElement> elements) {
        return of(elements, 1);
    }

    /**
     * A drawing in device pixels of a screen scaled by {@code scale} (a HiDPI screen: one unit
     * of the component = {@code scale} units here), where the toolkit's pixel snapping happened.
     */
    public static Drawing of(List<DrawElement> elements, double scale) {
        return new Drawing(
                elements.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(new ArrayList<>(elements)),
                scale);
    }

    /** The same scale, other elements. */
    public Drawing withElements(List<DrawElement> other) {
        return of(other, scale);
    }

    public List<DrawElement> elements() {
        return elements;
    }

    /** Device pixels per component pixel of the coordinates (1 for an ordinary screen). */
    public double scale() {
        return scale;
    }

    /** Whether any element is text (what masking has to look at). */
    public boolean hasText() {
        for (DrawElement e : elements) {
            if (e.role() == DrawElement.Role.TEXT) return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return this == o
                || o instanceof Drawing
                        && hash == ((Drawing) o).hash
                        && scale == ((Drawing) o).scale
                        && elements.equals(((Drawing) o).elements);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "Drawing" + elements;
    }
}
