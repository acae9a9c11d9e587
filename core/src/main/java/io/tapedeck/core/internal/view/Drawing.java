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
    private final int hash;

    private Drawing(List<DrawElement> elements) {
        this.elements = elements;
        this.hash = elements.hashCode();
    }

    public static Drawing of(List<DrawElement> elements) {
        return new Drawing(elements.isEmpty() ? Collections.emptyList()
                : Collections.unmodifiableList(new ArrayList<>(elements)));
    }

    public List<DrawElement> elements() { return elements; }

    /** Whether any element is text (what masking has to look at). */
    public boolean hasText() {
        for (DrawElement e : elements) {
            if (e.role() == DrawElement.Role.TEXT) return true;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Drawing && hash == ((Drawing) o).hash && elements.equals(((Drawing) o).elements);
    }

    @Override
    public int hashCode() { return hash; }

    @Override
    public String toString() { return "Drawing" + elements; }
}
