package io.tapedeck.core.internal.view;

import io.tapedeck.core.internal.privacy.PrivacyMarker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One captured UI element, immutable, toolkit-free. A capture is a tree of these rooted in a
 * {@link ViewKind#DESKTOP}. Adapters share structure between captures: a subtree that did not
 * change is the very same object as last time, which is how core skips unchanged parts in
 * time proportional to the change ({@code ==} first, contents second).
 *
 * <p>Geometry is in pixels relative to the parent's top-left corner (the window's for a
 * window's children; the viewport's for windows). Children are in the toolkit's order where
 * index 0 is painted last, i.e. on top (Swing's convention).
 *
 * <p>{@link #key()} identifies the component for the whole session; core derives the rrweb
 * ids from it. Keys must be positive and below 2^44; sub-parts of a component (cells, tabs)
 * get keys of their own from the adapter.
 */
public final class ViewNode {
    /** The component accepts input. */
    public static final int ENABLED = 1;
    /** The component paints its background. */
    public static final int OPAQUE = 1 << 1;
    /** Checked, pressed in, chosen, or the selected tab/cell. */
    public static final int SELECTED = 1 << 2;
    /** Has keyboard focus. */
    public static final int FOCUSED = 1 << 3;
    /** Text can be edited. */
    public static final int EDITABLE = 1 << 4;
    /** Being pressed by the mouse right now. */
    public static final int PRESSED = 1 << 5;
    /** A window with a title bar drawn by the window manager (its top inset holds it). */
    public static final int DECORATED = 1 << 6;
    /** Laid out vertically (separators, scroll bars, sliders, progress bars). */
    public static final int VERTICAL = 1 << 7;
    /**
     * Blocked for privacy: only key, kind and bounds mean anything (the adapter read nothing
     * else, and core draws a placeholder; see {@code PrivacyPolicy}).
     */
    public static final int BLOCKED = 1 << 8;
    /** Set by core's privacy masking: the node's own painting is hidden (a placeholder box). */
    public static final int IMAGE_MASKED = 1 << 9;

    /** Horizontal text alignment. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }

    public static final long MAX_KEY = (1L << 44) - 1;

    private final long key;
    private final ViewKind kind;
    private final String className;
    private final int x, y, width, height;
    private final int flags;
    private final int background;
    private final int foreground;
    private final FontSpec font;
    private final BorderSpec border;
    private final String text;
    private final ImageData icon;
    private final Drawing drawing;
    private final String toolTip;
    private final Align align;
    private final int value, extent, maximum;
    private final int scrollX, scrollY;
    private final float opacity;
    private final String name;
    private final String accessibleName;
    private final String placeholder;
    private final String inputHint;
    private final PrivacyMarker marker;
    private final List<String> typeNames;
    private final List<ViewNode> children;

    private ViewNode(Builder b) {
        if (b.key <= 0 || b.key > MAX_KEY) throw new IllegalArgumentException("key out of range: " + b.key);
        this.key = b.key;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.className = b.className;
        this.x = b.x;
        this.y = b.y;
        this.width = Math.max(0, b.width);
        this.height = Math.max(0, b.height);
        this.flags = b.flags;
        this.background = b.background;
        this.foreground = b.foreground;
        this.font = b.font;
        this.border = b.border;
        this.text = b.text;
        this.icon = b.icon;
        this.drawing = b.drawing;
        this.toolTip = b.toolTip;
        this.align = b.align;
        this.value = b.value;
        this.extent = b.extent;
        this.maximum = b.maximum;
        this.scrollX = b.scrollX;
        this.scrollY = b.scrollY;
        this.opacity = b.opacity;
        this.name = b.name;
        this.accessibleName = b.accessibleName;
        this.placeholder = b.placeholder;
        this.inputHint = b.inputHint;
        this.marker = b.marker;
        this.typeNames = b.typeNames;
        this.children = b.children.isEmpty()
                ? Collections.emptyList()
                : Collections.unmodifiableList(new ArrayList<>(b.children));
    }

    public static Builder builder(long key, ViewKind kind) {
        return new Builder(key, kind);
    }

    public long key() {
        return key;
    }

    public ViewKind kind() {
        return kind;
    }
    /** The toolkit class name (for {@code data-td-class}), or null. */
    public String className() {
        return className;
    }

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int flags() {
        return flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
    /** Background ARGB; alpha 0 means none. */
    public int background() {
        return background;
    }
    /** Foreground (text) ARGB; alpha 0 means inherit. */
    public int foreground() {
        return foreground;
    }

    public FontSpec font() {
        return font;
    }

    public BorderSpec border() {
        return border;
    }
    /** Caption, value or title, or null. Never set for {@link ViewKind#PASSWORD}. */
    public String text() {
        return text;
    }

    public ImageData icon() {
        return icon;
    }
    /**
     * The component's own recorded painting, or null when the adapter did not record it (then
     * core draws the node from its properties). When present, core shows this instead of the
     * properties' look, and the adapter leaves out the sub-parts the painting already shows.
     */
    public Drawing drawing() {
        return drawing;
    }

    public String toolTip() {
        return toolTip;
    }

    public Align align() {
        return align;
    }
    /** Current value of a scroll bar, slider or progress bar. */
    public int value() {
        return value;
    }
    /** Visible amount of a scroll bar. */
    public int extent() {
        return extent;
    }
    /** Upper bound of value (lower bound is 0: adapters shift it). */
    public int maximum() {
        return maximum;
    }
    /** Scroll offset of a {@link ViewKind#SCROLL_VIEWPORT}'s content. */
    public int scrollX() {
        return scrollX;
    }

    public int scrollY() {
        return scrollY;
    }
    /** 0..1, for windows. */
    public float opacity() {
        return opacity;
    }
    /** The component's name set by the app ({@code setName}), or null: a fact for privacy rules. */
    public String name() {
        return name;
    }
    /** Its accessible name (may come from the label pointing at it), or null. */
    public String accessibleName() {
        return accessibleName;
    }
    /** Prompt text shown while an input is empty, or null. */
    public String placeholder() {
        return placeholder;
    }
    /**
     * What the toolkit says about the kind of input, for recognising sensitive fields (e.g. a
     * formatter and its mask: {@code MaskFormatter ###-##-####}), or null.
     */
    public String inputHint() {
        return inputHint;
    }
    /** The privacy marker the app set on exactly this component. */
    public PrivacyMarker marker() {
        return marker;
    }
    /**
     * The component's class and its superclasses, most specific first, fully qualified (one
     * shared list per class: compare by {@code ==} first). Empty when unknown.
     */
    public List<String> typeNames() {
        return typeNames;
    }

    public List<ViewNode> children() {
        return children;
    }

    /**
     * Whether this node shows the same as {@code other}, ignoring children's contents but
     * requiring the same child objects. Adapters use it to keep the previous object when a
     * re-read component did not change, so the tree stays shared.
     */
    public boolean sameAs(ViewNode other) {
        if (this == other) return true;
        if (!sameOwnAs(other)) return false;
        if (children.size() != other.children.size()) return false;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) != other.children.get(i)) return false;
        }
        return true;
    }

    /** Whether this node's own properties (everything but its children) equal {@code other}'s. */
    public boolean sameOwnAs(ViewNode other) {
        if (this == other) return true;
        if (other == null) return false;
        if (key != other.key
                || kind != other.kind
                || x != other.x
                || y != other.y
                || width != other.width
                || height != other.height
                || flags != other.flags
                || background != other.background
                || foreground != other.foreground
                || value != other.value
                || extent != other.extent
                || maximum != other.maximum
                || scrollX != other.scrollX
                || scrollY != other.scrollY
                || Float.compare(opacity, other.opacity) != 0
                || align != other.align
                || !Objects.equals(className, other.className)
                || !Objects.equals(font, other.font)
                || !Objects.equals(border, other.border)
                || !Objects.equals(text, other.text)
                || !Objects.equals(toolTip, other.toolTip)
                || !sameIcon(icon, other.icon)
                || !Objects.equals(drawing, other.drawing)
                || marker != other.marker
                || !Objects.equals(name, other.name)
                || !Objects.equals(accessibleName, other.accessibleName)
                || !Objects.equals(placeholder, other.placeholder)
                || !Objects.equals(inputHint, other.inputHint)
                || (typeNames != other.typeNames && !typeNames.equals(other.typeNames))) {
            return false;
        }
        return true;
    }

    private static boolean sameIcon(ImageData a, ImageData b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        return a.contentKey().equals(b.contentKey());
    }

    /** A builder seeded with this node's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(key, kind);
        b.className = className;
        b.x = x;
        b.y = y;
        b.width = width;
        b.height = height;
        b.flags = flags;
        b.background = background;
        b.foreground = foreground;
        b.font = font;
        b.border = border;
        b.text = text;
        b.icon = icon;
        b.drawing = drawing;
        b.toolTip = toolTip;
        b.align = align;
        b.value = value;
        b.extent = extent;
        b.maximum = maximum;
        b.scrollX = scrollX;
        b.scrollY = scrollY;
        b.opacity = opacity;
        b.name = name;
        b.accessibleName = accessibleName;
        b.placeholder = placeholder;
        b.inputHint = inputHint;
        b.marker = marker;
        b.typeNames = typeNames;
        b.children.addAll(children);
        return b;
    }

    @Override
    public String toString() {
        return kind + "#" + key + "[" + x + "," + y + " " + width + "x" + height
                + (text != null ? " \"" + text + "\"" : "") + ", " + children.size() + " children]";
    }

    /** Mutable builder; not thread-safe. */
    public static final class Builder {
        private final long key;
        private final ViewKind kind;
        private String className;
        private int x, y, width, height;
        private int flags = ENABLED;
        private int background;
        private int foreground;
        private FontSpec font;
        private BorderSpec border;
        private String text;
        private ImageData icon;
        private Drawing drawing;
        private String toolTip;
        private Align align = Align.LEFT;
        private int value, extent, maximum;
        private int scrollX, scrollY;
        private float opacity = 1f;
        private String name;
        private String accessibleName;
        private String placeholder;
        private String inputHint;
        private PrivacyMarker marker = PrivacyMarker.NONE;
        private List<String> typeNames = Collections.emptyList();
        private final List<ViewNode> children = new ArrayList<>();

        private Builder(long key, ViewKind kind) {
            this.key = key;
            this.kind = kind;
        }

        public Builder className(String v) {
            className = v;
            return this;
        }

        public Builder bounds(int x, int y, int width, int height) {
            this.x = x;
            this.y = y;
            this.width = width;
            this.height = height;
            return this;
        }

        public Builder flags(int v) {
            flags = v;
            return this;
        }

        public Builder flag(int flag, boolean on) {
            flags = on ? flags | flag : flags & ~flag;
            return this;
        }

        public Builder background(int argb) {
            background = argb;
            return this;
        }

        public Builder foreground(int argb) {
            foreground = argb;
            return this;
        }

        public Builder font(FontSpec v) {
            font = v;
            return this;
        }

        public Builder border(BorderSpec v) {
            border = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder icon(ImageData v) {
            icon = v;
            return this;
        }

        public Builder drawing(Drawing v) {
            drawing = v;
            return this;
        }

        public Builder toolTip(String v) {
            toolTip = v;
            return this;
        }

        public Builder align(Align v) {
            align = Objects.requireNonNull(v);
            return this;
        }

        public Builder range(int value, int extent, int maximum) {
            this.value = value;
            this.extent = extent;
            this.maximum = maximum;
            return this;
        }

        public Builder scroll(int x, int y) {
            scrollX = x;
            scrollY = y;
            return this;
        }

        public Builder opacity(float v) {
            opacity = v;
            return this;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder accessibleName(String v) {
            accessibleName = v;
            return this;
        }

        public Builder placeholder(String v) {
            placeholder = v;
            return this;
        }

        public Builder inputHint(String v) {
            inputHint = v;
            return this;
        }

        public Builder marker(PrivacyMarker v) {
            marker = v == null ? PrivacyMarker.NONE : v;
            return this;
        }
        /** Shared, unmodifiable list (see {@link ViewNode#typeNames()}); not copied. */
        public Builder typeNames(List<String> v) {
            typeNames = v == null ? Collections.emptyList() : v;
            return this;
        }

        public Builder child(ViewNode c) {
            children.add(Objects.requireNonNull(c));
            return this;
        }

        public Builder children(List<ViewNode> cs) {
            children.clear();
            children.addAll(cs);
            return this;
        }

        public ViewNode build() {
            return new ViewNode(this);
        }
    }
}
