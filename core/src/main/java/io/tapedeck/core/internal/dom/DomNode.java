package io.tapedeck.core.internal.dom;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One node of the replayed HTML document, immutable: an element (tag, attributes, children)
 * or a text node. Its {@link #id()} is the rrweb node id, stable for the session.
 *
 * <p>Attributes are an {@link Attributes} value so unchanged attribute sets can be shared
 * between frames and compared by reference first.
 */
public final class DomNode {
    private final long id;
    private final String tag;
    private final Attributes attributes;
    private final String text;
    private final boolean styleText;
    private final boolean svg;
    private final List<DomNode> children;

    private DomNode(
            long id,
            String tag,
            Attributes attributes,
            String text,
            boolean styleText,
            boolean svg,
            List<DomNode> children) {
        this.id = id;
        this.tag = tag;
        this.attributes = attributes;
        this.text = text;
        this.styleText = styleText;
        this.svg = svg;
        this.children = children;
    }

    public static DomNode element(long id, String tag, Attributes attributes, List<DomNode> children) {
        return element(id, tag, attributes, children, false);
    }

    /** An element in the SVG namespace ({@code <svg>} and everything inside it). */
    public static DomNode svgElement(long id, String tag, Attributes attributes, List<DomNode> children) {
        return element(id, tag, attributes, children, true);
    }

    private static DomNode element(long id, String tag, Attributes attributes, List<DomNode> children, boolean svg) {
        return new DomNode(
                id,
                Objects.requireNonNull(tag),
                Objects.requireNonNull(attributes),
                null,
                false,
                svg,
                children.isEmpty() ? Collections.emptyList() : Collections.unmodifiableList(children));
    }

    public static DomNode text(long id, String text) {
        return new DomNode(
                id, null, Attributes.EMPTY, Objects.requireNonNull(text), false, false, Collections.emptyList());
    }

    /** The text of a {@code <style>} element (rrweb adapts such text for replay). */
    public static DomNode styleText(long id, String css) {
        return new DomNode(
                id, null, Attributes.EMPTY, Objects.requireNonNull(css), true, false, Collections.emptyList());
    }

    public long id() {
        return id;
    }

    public boolean isText() {
        return tag == null;
    }
    /** Lower-case tag name; null for text nodes. */
    public String tag() {
        return tag;
    }

    public Attributes attributes() {
        return attributes;
    }
    /** Text content of a text node; null for elements. */
    public String text() {
        return text;
    }

    public boolean isStyleText() {
        return styleText;
    }
    /** Whether this element is in the SVG namespace (rrweb's {@code isSVG}). */
    public boolean isSvg() {
        return svg;
    }

    public List<DomNode> children() {
        return children;
    }

    /** A copy with other children, keeping id, tag and attributes. */
    public DomNode withChildren(List<DomNode> newChildren) {
        return element(id, tag, attributes, newChildren, svg);
    }

    @Override
    public String toString() {
        return isText() ? "#text" + id + "\"" + text + "\"" : "<" + tag + "#" + id + " " + attributes + ">" + children;
    }
}
