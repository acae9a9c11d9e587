package io.tapedeck.core.internal.privacy;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ImageData;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each capture's view tree to what may be recorded of it, on the recorder thread, before
 * anything is rendered: masked strings become {@link MaskedText}, hidden images
 * {@link MaskedImage}s, blocked components bare boxes with {@link ViewNode#BLOCKED}. Like the
 * renderer it remembers the previous result per node, so an unchanged subtree (the same
 * object, under the same ancestor marker) maps to the same masked object without a visit, and
 * a node that masks to what it masked to before stays that object too: the cost follows the
 * change. A node whose decision fails is masked entirely (fail closed). Not thread-safe.
 */
public final class Masker {
    private final PrivacyPolicy policy;
    private Entry previous;

    public Masker(PrivacyPolicy policy) {
        this.policy = policy;
    }

    public PrivacyPolicy policy() {
        return policy;
    }

    /** What may be recorded of {@code root}. */
    public ViewNode mask(ViewNode root) {
        previous = mask(root, PrivacyMarker.NONE, PrivacyMarker.NONE, previous);
        return previous.out;
    }

    /** A node, the marker and rule its ancestors passed down, and what it was masked to. */
    private static final class Entry {
        final ViewNode in;
        final PrivacyMarker marker;
        final PrivacyMarker rule;
        final ViewNode out;
        final List<Entry> children;

        Entry(ViewNode in, PrivacyMarker marker, PrivacyMarker rule, ViewNode out, List<Entry> children) {
            this.in = in;
            this.marker = marker;
            this.rule = rule;
            this.out = out;
            this.children = children;
        }
    }

    private Entry mask(ViewNode in, PrivacyMarker marker, PrivacyMarker rule, Entry before) {
        if (before != null && before.in == in && before.marker == marker && before.rule == rule) return before;
        PrivacyPolicy.Decision d;
        try {
            d = policy.decide(in, marker, rule);
        } catch (RuntimeException e) {
            d = null; // cannot decide: mask everything of it, and everything inside it
        }
        if (d != null && d.text == PrivacyPolicy.Action.BLOCK) {
            return new Entry(in, marker, rule, reuse(blocked(in), before), Collections.emptyList());
        }
        List<Entry> children = d == null
                ? maskChildren(in, PrivacyMarker.MASK, PrivacyMarker.MASK, before)
                : maskChildren(in, d.passMarker, d.passRule, before);
        boolean maskText = d == null || d.text == PrivacyPolicy.Action.MASK;
        ViewNode out = apply(in, d, maskText, children);
        return new Entry(in, marker, rule, reuse(out, before), children);
    }

    private List<Entry> maskChildren(ViewNode in, PrivacyMarker marker, PrivacyMarker rule, Entry before) {
        List<ViewNode> kids = in.children();
        if (kids.isEmpty()) return Collections.emptyList();
        List<Entry> previous = before == null ? Collections.emptyList() : before.children;
        Map<Long, Entry> byKey = null; // built only when children moved, came or went
        List<Entry> out = new ArrayList<>(kids.size());
        for (int i = 0; i < kids.size(); i++) {
            ViewNode kid = kids.get(i);
            Entry old = i < previous.size() && previous.get(i).in.key() == kid.key() ? previous.get(i) : null;
            if (old == null && !previous.isEmpty()) {
                if (byKey == null) {
                    byKey = new HashMap<>(previous.size() * 2);
                    for (Entry e : previous) byKey.put(e.in.key(), e);
                }
                old = byKey.get(kid.key());
            }
            out.add(mask(kid, marker, rule, old));
        }
        return out;
    }

    /** The masked node, or {@code in} itself when nothing of it needs to change. */
    private ViewNode apply(ViewNode in, PrivacyPolicy.Decision d, boolean maskText, List<Entry> children) {
        boolean sameChildren = true;
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).out != in.children().get(i)) {
                sameChildren = false;
                break;
            }
        }
        ImageData icon = in.icon();
        boolean hideIcon = icon != null && (d == null || policy.hidesImage(d, icon.width(), icon.height()));
        // A custom component's painting that was not recorded would be a bitmap: an image.
        boolean hidePainting = in.kind() == ViewKind.CUSTOM
                && in.drawing() == null
                && (d == null || policy.hidesImage(d, in.width(), in.height()));
        boolean password = in.kind() == ViewKind.PASSWORD;
        boolean anyText = in.text() != null
                || in.toolTip() != null
                || in.accessibleName() != null
                || in.placeholder() != null
                || (in.border() != null && in.border().title() != null);
        Drawing drawing = in.drawing();
        // A password's painting would show its length (echo characters, the caret): never kept.
        Drawing maskedDrawing = drawing == null || d == null || password ? null : maskDrawing(drawing, d);
        if (maskedDrawing == drawing) {
            // A drawing always passes through here: without a decision it cannot be shown.
            if (sameChildren && !hideIcon && !hidePainting && !(maskText && anyText)) return in;
        }

        ViewNode.Builder b = in.toBuilder();
        if (!sameChildren) {
            List<ViewNode> outs = new ArrayList<>(children.size());
            for (Entry e : children) outs.add(e.out);
            b.children(outs);
        }
        if (hideIcon) b.icon(new MaskedImage(icon.width(), icon.height()));
        if (hidePainting) b.flag(ViewNode.IMAGE_MASKED, true);
        if (drawing != null) {
            b.drawing(maskedDrawing);
            if (maskedDrawing == null && !password) b.flag(ViewNode.IMAGE_MASKED, true);
        }
        if (maskText) {
            b.text(password ? null : MaskedText.of(in.text()));
            b.toolTip(MaskedText.of(in.toolTip()));
            b.accessibleName(MaskedText.of(in.accessibleName()));
            b.placeholder(MaskedText.of(in.placeholder()));
            BorderSpec border = in.border();
            if (border != null && border.title() != null) {
                b.border(new BorderSpec(
                        border.top(),
                        border.left(),
                        border.bottom(),
                        border.right(),
                        border.style(),
                        border.argb(),
                        border.thickness(),
                        MaskedText.of(border.title())));
            }
        }
        return b.build();
    }

    /**
     * The drawing with its text masked as the decision says and hidden images replaced by
     * same-size placeholders; the same object when nothing had to change.
     */
    private Drawing maskDrawing(Drawing drawing, PrivacyPolicy.Decision d) {
        List<DrawElement> elements = drawing.elements();
        List<DrawElement> out = null;
        for (int i = 0; i < elements.size(); i++) {
            DrawElement e = elements.get(i);
            DrawElement m = maskElement(e, d);
            if (m != e && out == null) out = new ArrayList<>(elements.subList(0, i));
            if (out != null) out.add(m);
        }
        return out == null ? drawing : drawing.withElements(out);
    }

    private DrawElement maskElement(DrawElement e, PrivacyPolicy.Decision d) {
        switch (e.role()) {
            case TEXT: {
                String shown = policy.drawnText(d, e.text());
                return shown.equals(e.text()) ? e : maskedText(e, shown);
            }
            case IMAGE: {
                ImageData image = e.image();
                if (!policy.hidesImage(d, image.width(), image.height())) return e;
                return imagePlaceholder(e);
            }
            default:
                return e;
        }
    }

    /**
     * The text element showing {@code shown} instead. An adapter may place every glyph
     * ({@code x="12 19 26"}); those positions are the original characters' widths, so masked
     * text keeps only the first and is stretched over about the same width instead.
     */
    static DrawElement maskedText(DrawElement e, String shown) {
        String x = e.attribute("x");
        if (x == null || x.indexOf(' ') < 0) return e.withText(shown);
        String[] xs = x.trim().split(" +");
        double first = Double.parseDouble(xs[0]);
        double last = Double.parseDouble(xs[xs.length - 1]);
        double width = (last - first) * xs.length / (xs.length - 1);
        List<String> a = new ArrayList<>(e.attributeCount() * 2 + 4);
        for (int i = 0; i < e.attributeCount(); i++) {
            String name = e.attributeName(i);
            if (name.equals("textLength") || name.equals("lengthAdjust")) continue;
            a.add(name);
            a.add(name.equals("x") ? xs[0] : e.attributeValue(i));
        }
        if (width > 0) {
            a.add("textLength");
            a.add(String.valueOf(Math.round(width * 100) / 100.0));
            a.add("lengthAdjust");
            a.add("spacingAndGlyphs");
        }
        return DrawElement.text(shown, a.toArray(new String[0]));
    }

    /** A neutral box where the image was, with the same placement (and nothing of its pixels). */
    private static DrawElement imagePlaceholder(DrawElement image) {
        List<String> a = new ArrayList<>(16);
        for (String name : PLACEMENT) {
            String v = image.attribute(name);
            if (v != null) {
                a.add(name);
                a.add(v);
            }
        }
        a.add("fill");
        a.add("#d5dae0");
        a.add("stroke");
        a.add("#a7b0ba");
        a.add("data-td-privacy");
        a.add("masked-image");
        return DrawElement.shape("rect", a.toArray(new String[0]));
    }

    private static final String[] PLACEMENT = {"x", "y", "width", "height", "transform", "clip-path", "opacity"};

    /** Key, kind, class and bounds: nothing the component showed. */
    private static ViewNode blocked(ViewNode in) {
        return ViewNode.builder(in.key(), in.kind())
                .className(in.className())
                .bounds(in.x(), in.y(), in.width(), in.height())
                .flags(ViewNode.BLOCKED)
                .marker(in.marker())
                .build();
    }

    /** The previous masked object when the new one shows the same, so the renderer skips it. */
    private static ViewNode reuse(ViewNode out, Entry before) {
        return before != null && out.sameAs(before.out) ? before.out : out;
    }
}
