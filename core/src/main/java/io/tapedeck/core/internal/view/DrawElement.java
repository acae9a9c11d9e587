package io.tapedeck.core.internal.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SVG element of a component's recorded painting ({@link Drawing}), immutable and
 * toolkit-free: a tag, its attributes in order, and what its {@link Role} adds. The adapter's
 * recording graphics produce these; core masks them (text and images by role) and renders
 * each as one SVG node, so a repaint that changed one element is one small mutation.
 *
 * <p>Attribute values are final SVG syntax ({@code d}, {@code fill}, {@code transform}…);
 * {@code id}s the element defines or references ({@code url(#…)}) must be unique in the
 * document: the adapter prefixes them with the component's key.
 */
public final class DrawElement {
    /** What the element is, for privacy and for rendering. */
    public enum Role {
        /** A shape ({@code path}, {@code rect}, {@code line}…): no text, no pixels. */
        SHAPE,
        /** A {@code <text>} element whose content is {@link #text()}; masked by the level. */
        TEXT,
        /**
         * A bitmap drawn at {@code x y width height} (attributes); rendered as a reference to
         * the session's image library, so each distinct image is sent once.
         */
        IMAGE,
        /** A definition others reference: a clip path, gradient or pattern, with its children. */
        DEFINITION
    }

    private final Role role;
    private final String tag;
    private final String[] attributes;
    private final String text;
    private final ImageData image;
    private final List<DrawElement> children;
    private final int hash;

    private DrawElement(
            Role role, String tag, String[] attributes, String text, ImageData image, List<DrawElement> children) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        for (int i = 0; i < attributes.length; i++) {
            Objects.requireNonNull(attributes[i], "attribute name or value");
        }
        this.role = role;
        this.tag = Objects.requireNonNull(tag, "tag");
        this.attributes = attributes;
        this.text = text;
        this.image = image;
        this.children = children;
        int h = role.hashCode() * 31 + tag.hashCode();
        h = h * 31 + Arrays.hashCode(attributes);
        h = h * 31 + (text == null ? 0 : text.hashCode());
        h = h * 31 + (image == null ? 0 : image.contentKey().hashCode());
        this.hash = h * 31 + children.hashCode();
    }

    /** A shape element; {@code attributes} are name/value pairs (copied). */
    public static DrawElement shape(String tag, String... attributes) {
        return new DrawElement(Role.SHAPE, tag, attributes.clone(), null, null, Collections.emptyList());
    }

    /** A {@code <text>} showing {@code text} (positions, font and {@code textLength} in attributes). */
    public static DrawElement text(String text, String... attributes) {
        return new DrawElement(
                Role.TEXT,
                "text",
                attributes.clone(),
                Objects.requireNonNull(text, "text"),
                null,
                Collections.emptyList());
    }

    /**
     * A bitmap; {@code attributes} place it (at least {@code x y width height}, optionally
     * {@code transform}, {@code opacity}, {@code clip-path}).
     */
    public static DrawElement image(ImageData image, String... attributes) {
        return new DrawElement(
                Role.IMAGE,
                "use",
                attributes.clone(),
                null,
                Objects.requireNonNull(image, "image"),
                Collections.emptyList());
    }

    /** A definition ({@code clipPath}, {@code linearGradient}…) with its child elements. */
    public static DrawElement definition(String tag, List<DrawElement> children, String... attributes) {
        return new DrawElement(
                Role.DEFINITION,
                tag,
                attributes.clone(),
                null,
                null,
                Collections.unmodifiableList(new ArrayList<>(children)));
    }

    public Role role() {
        return role;
    }

    public String tag() {
        return tag;
    }

    public int attributeCount() {
        return attributes.length / 2;
    }

    public String attributeName(int i) {
        return attributes[2 * i];
    }

    public String attributeValue(int i) {
        return attributes[2 * i + 1];
    }

    /** The value of attribute {@code name}, or null. */
    public String attribute(String name) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i].equals(name)) return attributes[i + 1];
        }
        return null;
    }

    /** The shown string of a {@link Role#TEXT} element, else null. */
    public String text() {
        return text;
    }
    /** The bitmap of a {@link Role#IMAGE} element, else null. */
    public ImageData image() {
        return image;
    }

    public List<DrawElement> children() {
        return children;
    }

    /** This text element showing other text (same place, font and width). */
    public DrawElement withText(String newText) {
        if (role != Role.TEXT) throw new IllegalStateException("not a text element: " + tag);
        return new DrawElement(role, tag, attributes, Objects.requireNonNull(newText), null, children);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof DrawElement)) return false;
        DrawElement e = (DrawElement) o;
        return hash == e.hash
                && role == e.role
                && tag.equals(e.tag)
                && Arrays.equals(attributes, e.attributes)
                && Objects.equals(text, e.text)
                && (image == e.image
                        || image != null
                                && e.image != null
                                && image.contentKey().equals(e.image.contentKey()))
                && children.equals(e.children);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("<").append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            sb.append(' ')
                    .append(attributes[i])
                    .append("=\"")
                    .append(attributes[i + 1])
                    .append('"');
        }
        if (image != null) sb.append(" image=").append(image.contentKey());
        sb.append('>');
        if (text != null) sb.append(text);
        for (DrawElement c : children) sb.append(c);
        return sb.append("</").append(tag).append('>').toString();
    }
}
