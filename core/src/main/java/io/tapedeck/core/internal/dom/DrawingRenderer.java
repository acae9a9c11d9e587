package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a view's recorded painting as an {@code <svg>} of its size, one SVG node per
 * {@link DrawElement}. Given the previous rendering of the same view it keeps every node it
 * can: an element drawn exactly as before keeps its node object (the differ skips it), and an
 * element that changed in place (same position in the paint order, same tag) keeps its id, so
 * new text in a label or a new {@code d} in a chart line is one small mutation, not a new
 * drawing. Only elements that are really new get new ids.
 */
final class DrawingRenderer {
    private final DrawingIds ids;
    private final ImageLibrary library;

    DrawingRenderer(DrawingIds ids, ImageLibrary library) {
        this.ids = ids;
        this.library = library;
    }

    /**
     * @param previous the view's last {@code <svg>} node and the drawing it showed, or nulls
     */
    DomNode render(long svgId, int width, int height, Drawing drawing, DomNode previous, Drawing previousDrawing) {
        Attributes.Builder svg = Attributes.builder()
                .put("class", "pt")
                .put("width", Integer.toString(width))
                .put("height", Integer.toString(height));
        if (drawing.scale() != 1) {
            // Drawn in device pixels of a scaled screen: the browser maps them back onto the box.
            svg.put(
                    "viewBox",
                    "0 0 " + Css.trim((float) (width * drawing.scale())) + " "
                            + Css.trim((float) (height * drawing.scale())));
        }
        Attributes attributes = svg.build();
        boolean comparable = previous != null
                && previousDrawing != null
                && previous.id() == svgId
                && previous.children().size() == previousDrawing.elements().size();
        if (comparable && previous.attributes().equals(attributes) && previousDrawing.equals(drawing)) return previous;
        List<DrawElement> elements = drawing.elements();
        List<DomNode> nodes = new ArrayList<>(elements.size());
        if (!comparable) {
            for (DrawElement e : elements) nodes.add(fresh(e));
        } else {
            reuse(elements, previousDrawing.elements(), previous.children(), nodes);
        }
        return DomNode.svgElement(svgId, "svg", attributes, nodes);
    }

    private void reuse(
            List<DrawElement> elements, List<DrawElement> before, List<DomNode> beforeNodes, List<DomNode> out) {
        // Elements drawn exactly as before, whatever their position: keep the very node.
        Map<DrawElement, ArrayDeque<Integer>> unchanged = new HashMap<>(before.size() * 2);
        for (int i = 0; i < before.size(); i++) {
            unchanged.computeIfAbsent(before.get(i), k -> new ArrayDeque<>()).add(i);
        }
        boolean[] used = new boolean[before.size()];
        DomNode[] kept = new DomNode[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            ArrayDeque<Integer> same = unchanged.get(elements.get(i));
            if (same == null || same.isEmpty()) continue;
            int old = same.poll();
            used[old] = true;
            kept[i] = beforeNodes.get(old);
        }
        // Elements changed in place: the same tag at the same index keeps its ids.
        for (int i = 0; i < elements.size(); i++) {
            if (kept[i] != null) continue;
            DrawElement e = elements.get(i);
            if (i < before.size() && !used[i] && sameShape(before.get(i), e)) {
                used[i] = true;
                kept[i] = changed(e, beforeNodes.get(i));
            } else {
                kept[i] = fresh(e);
            }
        }
        for (DomNode n : kept) out.add(n);
    }

    /** Whether {@code after} can be shown by updating the node of {@code before}. */
    private static boolean sameShape(DrawElement before, DrawElement after) {
        return before.role() == after.role()
                && before.tag().equals(after.tag())
                && after.role() != DrawElement.Role.DEFINITION;
    }

    private DomNode changed(DrawElement e, DomNode old) {
        if (e.role() == DrawElement.Role.TEXT) {
            long textId = old.children().isEmpty()
                    ? ids.next()
                    : old.children().get(0).id();
            return textElement(old.id(), textId, e);
        }
        return DomNode.svgElement(old.id(), svgTag(e), attributes(e), new ArrayList<>());
    }

    private DomNode fresh(DrawElement e) {
        switch (e.role()) {
            case TEXT: {
                long id = ids.next();
                return textElement(id, ids.next(), e);
            }
            case DEFINITION: {
                long id = ids.next();
                List<DomNode> children = new ArrayList<>(e.children().size());
                for (DrawElement c : e.children()) children.add(fresh(c));
                return DomNode.svgElement(id, e.tag(), attributes(e), children);
            }
            default:
                return DomNode.svgElement(ids.next(), svgTag(e), attributes(e), new ArrayList<>());
        }
    }

    private DomNode textElement(long id, long textId, DrawElement e) {
        List<DomNode> content = new ArrayList<>(1);
        content.add(DomNode.text(textId, e.text()));
        return DomNode.svgElement(id, "text", attributes(e), content);
    }

    private static String svgTag(DrawElement e) {
        return e.role() == DrawElement.Role.IMAGE ? "use" : e.tag();
    }

    private Attributes attributes(DrawElement e) {
        Attributes.Builder a = Attributes.builder();
        if (e.role() == DrawElement.Role.IMAGE) a.put("href", library.reference(e.image()));
        boolean text = e.role() == DrawElement.Role.TEXT;
        for (int i = 0; i < e.attributeCount(); i++) {
            String name = e.attributeName(i), value = e.attributeValue(i);
            // The stylesheet gives every painting Swing's usual font (BaseStylesheet): most
            // texts leave it out, a tenth of a painting's bytes.
            if (text
                    && (name.equals("font-family") && value.equals(DEFAULT_FONT_FAMILY)
                            || name.equals("font-size") && value.equals(DEFAULT_FONT_SIZE))) {
                continue;
            }
            a.put(name, value);
        }
        return a.build();
    }

    /** The font the stylesheet sets on every painting's {@code <svg>}, as adapters write it. */
    static final String DEFAULT_FONT_FAMILY = "'DejaVu Sans', sans-serif";

    static final String DEFAULT_FONT_SIZE = "12";
}
