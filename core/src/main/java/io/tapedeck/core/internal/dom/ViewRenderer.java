package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.privacy.MaskedImage;
import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a view tree into the replayed DOM. Each view becomes one absolutely positioned
 * element at its bounds, relative to its parent's element (so moving a panel is one
 * attribute change), with its children as child elements; a few kinds add parts (a caption
 * text node, an icon, a title bar, a check box). The element is a box whose content is drawn
 * with CSS now and can hold the component's own recorded painting later.
 *
 * <p>It renders what privacy masking left of the tree ({@code Masker}): a
 * {@link ViewNode#BLOCKED} view is a bare hatched box, a hidden image or custom painting a
 * placeholder of the same size (see {@link #PRIVACY}).
 *
 * <p>Rendering is incremental: given the previous rendering, a view object seen before is
 * not visited again, so the cost follows the change, not the tree.
 */
public final class ViewRenderer {
    private final DrawingIds drawingIds = new DrawingIds();
    private final ImageLibrary library = new ImageLibrary(drawingIds);
    private final DrawingRenderer drawings = new DrawingRenderer(drawingIds, library);

    /** Renders {@code view}, reusing whatever of {@code previous} still applies (may be null). */
    public Rendered render(ViewNode view, Rendered previous) {
        return render(view, previous, -1);
    }

    private Rendered render(ViewNode view, Rendered previous, int zIndex) {
        if (previous != null && previous.view == view && previous.zIndex == zIndex) return previous;
        List<Rendered> children = renderChildren(view, previous);
        List<DomNode> childDoms = new ArrayList<>(children.size() + 2);
        DomNode reusable =
                previous != null && previous.zIndex == zIndex && previous.view.sameOwnAs(view) ? previous.dom : null;
        if (reusable != null) {
            // Own properties unchanged: keep element and parts, take the new children.
            for (DomNode part : reusable.children()) {
                if (!isChildElement(part) && !isLibrary(view, part)) childDoms.add(part);
            }
            addLibrary(view, childDoms);
            addChildDoms(view, children, childDoms);
            return new Rendered(view, reusable.withChildren(childDoms), children, zIndex);
        }
        addParts(view, childDoms, previous);
        addLibrary(view, childDoms);
        addChildDoms(view, children, childDoms);
        DomNode dom = DomNode.element(NodeIds.element(view.key()), tagOf(view), attributesOf(view, zIndex), childDoms);
        return new Rendered(view, dom, children, zIndex);
    }

    /** Whether the view's own painting is shown (else its properties are drawn with CSS). */
    private static boolean painted(ViewNode v) {
        return v.drawing() != null && !v.has(ViewNode.BLOCKED) && !v.has(ViewNode.IMAGE_MASKED);
    }

    /** The session's images hang under the desktop element, below every window. */
    private void addLibrary(ViewNode view, List<DomNode> into) {
        if (view.kind() == ViewKind.DESKTOP && !library.isEmpty()) {
            into.add(library.node(NodeIds.of(view.key(), NodeIds.DECORATION)));
        }
    }

    private static boolean isLibrary(ViewNode view, DomNode part) {
        return view.kind() == ViewKind.DESKTOP && part.id() == NodeIds.of(view.key(), NodeIds.DECORATION);
    }

    private static boolean isChildElement(DomNode node) {
        // Parts have ids 8k+1..8k+7 of their owner k; child views' elements have ids 8c.
        return node.id() % 8 == 0;
    }

    private List<Rendered> renderChildren(ViewNode view, Rendered previous) {
        List<ViewNode> kids = view.children();
        if (kids.isEmpty() || !hasChildElements(view) || view.has(ViewNode.BLOCKED)) return Collections.emptyList();
        Map<Long, Rendered> before = Collections.emptyMap();
        if (previous != null && !previous.children.isEmpty()) {
            before = new HashMap<>(previous.children.size() * 2);
            for (Rendered r : previous.children) before.put(r.view.key(), r);
        }
        boolean desktop = view.kind() == ViewKind.DESKTOP;
        List<Rendered> out = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            ViewNode kid = kids.get(i);
            // Windows stack by z-index so a change of order is an attribute change, not a re-add.
            int z = desktop ? kids.size() - i : -1;
            out.add(render(kid, before.get(kid.key()), z));
        }
        return out;
    }

    private static boolean hasChildElements(ViewNode view) {
        switch (view.kind()) {
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
                return false; // form elements cannot hold children
            default:
                return true;
        }
    }

    private static void addChildDoms(ViewNode view, List<Rendered> children, List<DomNode> into) {
        if (children.isEmpty()) return;
        if (view.kind() == ViewKind.DESKTOP) {
            // Stable DOM order (oldest window first); stacking comes from z-index.
            List<Rendered> byKey = new ArrayList<>(children);
            byKey.sort((a, b) -> Long.compare(a.view.key(), b.view.key()));
            for (Rendered r : byKey) into.add(r.dom);
            return;
        }
        // The toolkit paints child 0 last (on top); in the DOM the last sibling is on top.
        for (int i = children.size() - 1; i >= 0; i--) into.add(children.get(i).dom);
    }

    private static String tagOf(ViewNode v) {
        if (v.has(ViewNode.BLOCKED) || painted(v)) return "div";
        switch (v.kind()) {
            case TEXT_FIELD:
            case PASSWORD:
                return "input";
            case TEXT_AREA:
                return "textarea";
            default:
                return "div";
        }
    }

    private static String kindName(ViewKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private Attributes attributesOf(ViewNode v, int zIndex) {
        Attributes.Builder a = Attributes.builder();
        ViewKind kind = v.kind();
        if (v.has(ViewNode.BLOCKED)) {
            // Bounds and the decision: nothing of what the component showed was read.
            return a.put("class", "pv")
                    .put("style", ElementStyle.bounds(v, zIndex))
                    .put("data-td-kind", kindName(kind))
                    .put("data-td-class", v.className())
                    .put(PRIVACY, BLOCKED)
                    .build();
        }
        if (painted(v)) return paintedAttributes(v, zIndex, a);
        switch (kind) {
            case TEXT_FIELD:
                a.put("type", "text").put("value", v.text() == null ? "" : v.text());
                a.put("placeholder", v.placeholder());
                break;
            case PASSWORD:
                // Never a character of the real content, not even its length.
                a.put("type", "password").put("value", PASSWORD_PLACEHOLDER);
                a.put("placeholder", v.placeholder());
                break;
            case TEXT_AREA:
                a.put("value", v.text() == null ? "" : v.text());
                a.put("placeholder", v.placeholder());
                break;
            default:
                break;
        }
        boolean paintingMasked = v.has(ViewNode.IMAGE_MASKED);
        a.put("class", paintingMasked ? "cu pv" : classOf(v));
        if (paintingMasked) a.put(PRIVACY, MASKED_IMAGE);
        a.put("style", ElementStyle.of(v, zIndex));
        a.put("data-td-kind", kindName(kind));
        a.put("data-td-class", v.className());
        // A window's title, even where no title bar is drawn (no window manager, undecorated).
        if (kind == ViewKind.WINDOW && v.text() != null && !v.text().isEmpty()) a.put("data-td-title", v.text());
        if (v.has(ViewNode.SELECTED) && showsSelection(kind)) a.put("data-td-selected", "true");
        if (!v.has(ViewNode.ENABLED)) a.put("data-td-enabled", "false");
        if (v.has(ViewNode.FOCUSED) && kind != ViewKind.WINDOW) a.put("data-td-focused", "true");
        if (!v.has(ViewNode.EDITABLE) && (kind == ViewKind.TEXT_FIELD || kind == ViewKind.TEXT_AREA)) {
            a.put("readonly", "");
        }
        return describedAndScrolled(v, a);
    }

    /**
     * A painted view's element: its box and what it is (for search, tests and the timeline);
     * how it looks is all in its painting.
     */
    private static Attributes paintedAttributes(ViewNode v, int zIndex, Attributes.Builder a) {
        ViewKind kind = v.kind();
        a.put("class", "pd")
                .put("style", ElementStyle.painted(v, zIndex))
                .put("data-td-kind", kindName(kind))
                .put("data-td-class", v.className());
        if (v.has(ViewNode.SELECTED) && showsSelection(kind)) a.put("data-td-selected", "true");
        if (!v.has(ViewNode.ENABLED)) a.put("data-td-enabled", "false");
        if (v.has(ViewNode.FOCUSED)) a.put("data-td-focused", "true");
        if (kind == ViewKind.TABS) a.put("data-td-selected-tab", v.text());
        return describedAndScrolled(v, a);
    }

    /** What every element carries, painted or not: tooltip, accessible name, scroll offsets. */
    private static Attributes describedAndScrolled(ViewNode v, Attributes.Builder a) {
        a.put("title", v.toolTip());
        String accessibleName = v.accessibleName();
        if (accessibleName != null && !accessibleName.isEmpty() && !accessibleName.equals(v.text())) {
            a.put("aria-label", accessibleName); // what an icon-only or labelled component is called
        }
        if (v.kind() == ViewKind.SCROLL_VIEWPORT) {
            if (v.scrollX() != 0) a.put(SCROLL_LEFT, Integer.toString(v.scrollX()));
            if (v.scrollY() != 0) a.put(SCROLL_TOP, Integer.toString(v.scrollY()));
        }
        return a.build();
    }

    /** Attribute names rrweb reads as scroll offsets when it rebuilds a snapshot. */
    public static final String SCROLL_LEFT = "rr_scrollLeft";

    public static final String SCROLL_TOP = "rr_scrollTop";
    /** The attribute that marks a privacy placeholder, and its values. */
    public static final String PRIVACY = "data-td-privacy";

    public static final String BLOCKED = "blocked";
    public static final String MASKED_IMAGE = "masked-image";
    /** What a password field always shows: fixed, so even the length stays private. */
    public static final String PASSWORD_PLACEHOLDER = "********";

    private static boolean showsSelection(ViewKind kind) {
        switch (kind) {
            case TAB:
            case CELL:
            case TOGGLE:
            case CHECKBOX:
            case RADIO:
            case BUTTON:
            case MENU:
                return true;
            default:
                return false;
        }
    }

    private static String classOf(ViewNode v) {
        switch (v.kind()) {
            case DESKTOP:
                return "dk";
            case WINDOW:
                return "w";
            case BUTTON:
            case TOGGLE:
                return "bt";
            case MENU:
                return "mn";
            case COMBO:
                return "cb";
            case TAB:
                return "tab";
            case CELL:
                return "cell";
            case SEPARATOR:
                return v.has(ViewNode.VERTICAL) ? "sep v" : "sep";
            case SCROLL_BAR:
                return "sb";
            case PROGRESS:
                return "pb";
            case SLIDER:
                return "sl";
            case CUSTOM:
                return "cu";
            default:
                return null;
        }
    }

    private void addParts(ViewNode v, List<DomNode> into, Rendered previous) {
        long key = v.key();
        if (v.has(ViewNode.BLOCKED)) return;
        if (painted(v)) {
            long svgId = NodeIds.of(key, NodeIds.PAINTING);
            DomNode before = null;
            if (previous != null && painted(previous.view)) {
                for (DomNode part : previous.dom.children()) {
                    if (part.id() == svgId && part.isSvg()) before = part;
                }
            }
            into.add(drawings.render(
                    svgId,
                    v.width(),
                    v.height(),
                    v.drawing(),
                    before,
                    before == null ? null : previous.view.drawing()));
            return;
        }
        switch (v.kind()) {
            case WINDOW: {
                BorderSpec b = v.border();
                if (v.has(ViewNode.DECORATED) && b != null && b.top() > 0) {
                    List<DomNode> title = v.text() == null || v.text().isEmpty()
                            ? new ArrayList<>()
                            : list(DomNode.text(NodeIds.of(key, NodeIds.DECORATION_TEXT), v.text()));
                    into.add(DomNode.element(
                            NodeIds.of(key, NodeIds.DECORATION),
                            "div",
                            Attributes.builder()
                                    .put("class", "tb")
                                    .put("style", "height:" + b.top() + "px")
                                    .build(),
                            title));
                }
                return;
            }
            case CHECKBOX:
            case RADIO: {
                Attributes.Builder a = Attributes.builder()
                        .put("type", v.kind() == ViewKind.CHECKBOX ? "checkbox" : "radio")
                        .put("class", "ck");
                if (v.has(ViewNode.SELECTED)) a.put("checked", "");
                if (!v.has(ViewNode.ENABLED)) a.put("disabled", "");
                into.add(DomNode.element(NodeIds.of(key, NodeIds.CHECK), "input", a.build(), new ArrayList<>()));
                addIconAndCaption(v, into);
                return;
            }
            case SCROLL_BAR: {
                into.add(DomNode.element(
                        NodeIds.of(key, NodeIds.DECORATION),
                        "div",
                        Attributes.builder()
                                .put("class", "th")
                                .put("style", ElementStyle.thumb(v))
                                .build(),
                        new ArrayList<>()));
                return;
            }
            case PROGRESS: {
                into.add(DomNode.element(
                        NodeIds.of(key, NodeIds.DECORATION),
                        "div",
                        Attributes.builder()
                                .put("class", "bar")
                                .put("style", ElementStyle.progress(v))
                                .build(),
                        new ArrayList<>()));
                addIconAndCaption(v, into);
                return;
            }
            case SLIDER: {
                into.add(DomNode.element(
                        NodeIds.of(key, NodeIds.DECORATION),
                        "div",
                        Attributes.builder()
                                .put("class", "kn")
                                .put("style", ElementStyle.knob(v))
                                .build(),
                        new ArrayList<>()));
                return;
            }
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
            case DESKTOP:
            case SCROLL_VIEWPORT:
                return;
            default:
                addTitledBorder(v, into);
                addIconAndCaption(v, into);
        }
    }

    private static void addTitledBorder(ViewNode v, List<DomNode> into) {
        BorderSpec b = v.border();
        if (b == null || b.title() == null || b.title().isEmpty()) return;
        long key = v.key();
        // The line sits half a title below the top; the title covers it, as Swing draws it.
        int lineTop = Math.max(0, b.top() / 2);
        String shadow = Css.borderShadow(b);
        into.add(DomNode.element(
                NodeIds.of(key, NodeIds.DECORATION),
                "div",
                Attributes.builder()
                        .put("class", "tl")
                        .put("style", "top:" + lineTop + "px" + (shadow == null ? "" : ";box-shadow:" + shadow))
                        .build(),
                new ArrayList<>()));
        into.add(DomNode.element(
                NodeIds.of(key, NodeIds.TITLE),
                "div",
                Attributes.builder()
                        .put("class", "tt")
                        .put("style", "height:" + Math.max(b.top(), 12) + "px")
                        .build(),
                list(DomNode.text(NodeIds.of(key, NodeIds.TITLE_TEXT), b.title()))));
    }

    private static void addIconAndCaption(ViewNode v, List<DomNode> into) {
        long key = v.key();
        if (v.icon() instanceof MaskedImage) {
            into.add(DomNode.element(
                    NodeIds.of(key, NodeIds.ICON),
                    "div",
                    Attributes.builder()
                            .put("class", "ic pv")
                            .put(PRIVACY, MASKED_IMAGE)
                            .put(
                                    "style",
                                    "width:" + v.icon().width() + "px;height:"
                                            + v.icon().height() + "px")
                            .build(),
                    new ArrayList<>()));
        } else if (v.icon() != null) {
            into.add(DomNode.element(
                    NodeIds.of(key, NodeIds.ICON),
                    "img",
                    Attributes.builder()
                            .put("class", "ic")
                            .put("src", v.icon().toDataUrl())
                            .put("width", Integer.toString(v.icon().width()))
                            .put("height", Integer.toString(v.icon().height()))
                            .build(),
                    new ArrayList<>()));
        }
        if (v.text() != null && !v.text().isEmpty()) {
            into.add(DomNode.text(NodeIds.of(key, NodeIds.TEXT), v.text()));
        }
    }

    private static List<DomNode> list(DomNode n) {
        List<DomNode> l = new ArrayList<>(1);
        l.add(n);
        return l;
    }
}
