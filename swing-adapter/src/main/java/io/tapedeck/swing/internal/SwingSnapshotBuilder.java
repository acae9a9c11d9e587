package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.Window;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.CellRendererPane;

/**
 * Builds the desktop tree on the EDT, reading only what is marked dirty. A clean subtree is
 * its previous node object; a node read again that equals its previous self
 * ({@link ViewNode#sameAs}) stays the previous object, so the tree is shared between captures
 * and the work (here and in core) follows the change, not the window size.
 *
 * <p>Privacy: before reading a component, its privacy facts (class, name, marker, and where
 * needed its accessible name) are read and core's policy is asked whether it is blocked; a
 * blocked component becomes a bare node (bounds and the {@link ViewNode#BLOCKED} flag) and
 * nothing else of it, nor anything inside it, is read. If even the facts cannot be read, the
 * component is blocked.
 */
final class SwingSnapshotBuilder {
    /** A component's own read longer than this (half a frame) earns a pause before the next. */
    private static final long SLICE_FOR_PAUSE_NANOS = 8_000_000L;
    /** The longest such pause: a change is in the recording at most this much later. */
    private static final long MAX_PAUSE_NANOS = 5_000_000_000L;

    private final ComponentRegistry registry;
    private final SwingPropertyReader reader;
    private final SwingChangeTracker tracker;
    private final SwingWindowOrder order;
    private final SwingInputRecorder input;
    private final PrivacyPolicy privacy;
    /** Records each component's own painting; null when painting is not recorded. */
    private final SwingDrawings painter;

    private ViewNode lastRoot;

    /**
     * Reading stops at this {@link System#nanoTime()}: past it, a component whose own read is due
     * keeps its previous node (an older but coherent state) and its dirty marks, for the next
     * capture. {@link Long#MAX_VALUE}: no slice.
     */
    private long sliceEnd = Long.MAX_VALUE;
    /** Counts captures: {@link ComponentState#readIn} says in which one a component was last read. */
    private long captureNumber;
    /**
     * The first capture of the current round. A round is the captures it takes to read every
     * component that was due once: a component read since its start waits for the next round, so
     * that a storm that keeps re-marking the first components of the window cannot starve the
     * last ones (each sliced capture goes on where the previous stopped).
     */
    private long roundStart = 1;
    /** Components whose own read this capture put off (past the slice, or already read this round). */
    private int putOff;
    /** Whether this capture stopped reading at its slice. */
    private boolean slicedOff;
    /** Components read because they were shown or added (whole and at once: never sliced). */
    private int shownRead;
    /** Components whose read is waiting out the pause their last, costly read earned. */
    private int waiting;
    /**
     * How long a component that took more than a slice to read waits before it is read again,
     * per nanosecond its read took: one second over the EDT budget, so that a component costlier
     * than a slice (a big table's painting) costs the budget per second on average, not one
     * visit every second. 0: no pause.
     */
    private long pausePerNanoRead;
    /** The active window at the last capture, held weakly (a disposed window must not be kept). */
    private WeakReference<Window> lastActive = new WeakReference<>(null);

    SwingSnapshotBuilder(
            ComponentRegistry registry,
            SwingPropertyReader reader,
            SwingChangeTracker tracker,
            SwingWindowOrder order,
            SwingInputRecorder input,
            PrivacyPolicy privacy,
            SwingDrawings painter) {
        this.privacy = privacy;
        this.painter = painter;
        this.registry = registry;
        this.reader = reader;
        this.tracker = tracker;
        this.order = order;
        this.input = input;
    }

    /**
     * The desktop as it is now.
     *
     * @param resync read everything again (the safety net for changes no event told us about)
     */
    ViewNode capture(boolean resync) {
        return capture(resync, Long.MAX_VALUE);
    }

    /**
     * Like {@link #capture(boolean)}, reading until {@code sliceEnd} ({@link System#nanoTime()}):
     * what is left is read by the next capture ({@link #incomplete()}). A window, popup or subtree
     * that was shown or added is read whole whatever the time: it must never appear late or half
     * read.
     */
    ViewNode capture(boolean resync, long sliceEnd) {
        this.sliceEnd = sliceEnd;
        captureNumber++;
        putOff = 0;
        waiting = 0;
        shownRead = 0;
        slicedOff = false;
        try {
            return captureAll(resync);
        } finally {
            if (!slicedOff) roundStart = captureNumber + 1; // every due component was read in this round
        }
    }

    /**
     * A component whose own read took more than {@code sliceNanos} is not read again for its read
     * time × (one second / {@code budgetNanosPerSecond}); its previous node stands meanwhile.
     */
    void pauseCostlyReads(long budgetNanosPerSecond) {
        pausePerNanoRead = Math.max(1, 1_000_000_000L / Math.max(1, budgetNanosPerSecond));
    }

    /** Whether components wait out the pause of a costly read (their marks stay): a later capture takes them. */
    boolean waiting() {
        return waiting > 0;
    }

    /** Whether components are left to read (their marks stay): the next capture should follow soon. */
    boolean incomplete() {
        return putOff > 0;
    }

    /** Whether the last capture stopped reading at its slice. */
    boolean slicedOff() {
        return slicedOff;
    }

    /** Whether the last capture read a window or subtree that was shown or added. */
    boolean readShown() {
        return shownRead > 0;
    }

    private ViewNode captureAll(boolean resync) {
        List<Window> showing = new ArrayList<>();
        Map<Window, Long> activation = new IdentityHashMap<>();
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (Window w : Window.getWindows()) {
            if (!w.isShowing()) continue;
            ComponentState t = registry.track(w);
            order.seen(t);
            showing.add(w);
            Rectangle r = w.getBounds();
            minX = Math.min(minX, r.x);
            minY = Math.min(minY, r.y);
            maxX = Math.max(maxX, r.x + r.width);
            maxY = Math.max(maxY, r.y + r.height);
        }
        if (showing.isEmpty()) minX = minY = maxX = maxY = 0;
        noticeActivation(); // after first sightings, so the active window ends up above them
        for (Window w : showing) activation.put(w, registry.track(w).activation);
        // The root sits where the desktop's top-left corner is on the screen (core places each
        // toolkit's desktop by it); windows are relative to it.
        ViewNode.Builder root =
                ViewNode.builder(Keys.DESKTOP, ViewKind.DESKTOP).bounds(minX, minY, maxX - minX, maxY - minY);
        for (Window w : SwingWindowOrder.topFirst(showing, activation)) {
            root.child(window(w, minX, minY, resync));
        }
        ViewNode node = root.build();
        if (node.sameAs(lastRoot)) node = lastRoot;
        lastRoot = node;
        return node;
    }

    /**
     * Activation events can be missed (focus moved before we attached, or arrived in an order
     * we did not see); a change of the active window since the last capture raises it too.
     */
    private void noticeActivation() {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        if (active == lastActive.get()) return;
        if (active != null) order.raise(registry.track(active));
        lastActive = new WeakReference<>(active);
    }

    /** Windows are cheap to read (few, shallow), so their own properties are read every time. */
    private ViewNode window(Window w, int originX, int originY, boolean deep) {
        ComponentState t = registry.track(w);
        if (!t.listening) tracker.listen(w, t);
        boolean repaint = t.deep;
        deep |= t.deep;
        Rectangle r = w.getBounds();
        ViewNode.Builder facts = factsUnlessBlocked(w, ViewKind.WINDOW, t);
        if (facts == null) {
            return keep(
                    t,
                    blocked(w, t, ViewKind.WINDOW)
                            .bounds(r.x - originX, r.y - originY, r.width, r.height)
                            .build(),
                    Collections.emptyList());
        }
        if (t.last != null && t.last.has(ViewNode.BLOCKED)) deep = true; // nothing inside was followed
        Insets in = w.getInsets();
        String title =
                w instanceof Frame ? ((Frame) w).getTitle() : w instanceof Dialog ? ((Dialog) w).getTitle() : null;
        boolean decorated = in.top > 0
                && (w instanceof Frame
                        ? !((Frame) w).isUndecorated()
                        : w instanceof Dialog && !((Dialog) w).isUndecorated());
        ViewNode.Builder b = facts.className(w.getClass().getName())
                .bounds(r.x - originX, r.y - originY, r.width, r.height)
                .flags((w.isEnabled() ? ViewNode.ENABLED : 0)
                        | (w.isOpaque() ? ViewNode.OPAQUE : 0)
                        | (w.isFocused() ? ViewNode.FOCUSED : 0)
                        | (decorated ? ViewNode.DECORATED : 0))
                .background(SwingPropertyReader.argb(w.getBackground()))
                .foreground(SwingPropertyReader.argb(w.getForeground()))
                .font(reader.fonts().of(w.getFont()))
                .border(new BorderSpec(in.top, in.left, in.bottom, in.right, BorderSpec.Style.NONE, 0, 0, null))
                .text(title)
                .opacity(w.getOpacity())
                .children(children(w, deep, repaint));
        return keep(t, b.build(), Collections.emptyList());
    }

    /**
     * @param deep read the whole subtree again (the safety resync, or a subtree shown or added)
     * @param repaint record the paintings of the whole subtree again (shown or added only: the
     *     resync re-reads properties but trusts the repaint reports for paintings, because
     *     recording costs about what painting costs)
     */
    private ViewNode component(Component c, boolean deep, boolean repaint) {
        ComponentState t = registry.track(c);
        if (!deep && t.clean()) return t.last;
        int leftBefore = putOff + waiting;
        boolean later = mayPutOff(c, t, repaint);
        ViewNode n = read(c, t, deep, repaint, later);
        // What stays to be read keeps its marks, and its ancestors the mark that leads to it.
        if (later) t.dirty = true;
        if (putOff + waiting > leftBefore) t.dirtyBelow = true;
        return n;
    }

    /**
     * Whether the component's own read (its properties and painting) waits for a later capture:
     * it is due because it changed (not because it was shown or added), has a previous node of
     * the same kind to stand for it meanwhile, and either this capture's slice is spent or it
     * was read already in this round, or its last read was so costly that it waits out a pause
     * ({@link #pauseCostlyReads}). Its children are still walked: a popup shown inside a changed
     * container is captured at once.
     */
    private boolean mayPutOff(Component c, ComponentState t, boolean repaint) {
        if (repaint || t.deep || !t.dirty || t.last == null || t.last.has(ViewNode.BLOCKED)) return false;
        if (t.last.kind() != SwingKinds.of(c)) return false;
        if (t.pausedUntil != 0 && sliceEnd != Long.MAX_VALUE) { // an unsliced capture (tests) reads everything due
            if (System.nanoTime() - t.pausedUntil < 0) {
                waiting++;
                return true;
            }
            t.pausedUntil = 0;
        }
        if (t.readIn >= roundStart || slicedOff) {
            putOff++;
            return true;
        }
        if (sliceEnd == Long.MAX_VALUE || System.nanoTime() - sliceEnd < 0) return false;
        slicedOff = true;
        putOff++;
        return true;
    }

    private ViewNode read(Component c, ComponentState t, boolean deep, boolean repaint, boolean later) {
        repaint |= t.deep;
        deep |= t.deep;
        if (!t.listening) tracker.listen(c, t);
        ViewKind kind = SwingKinds.of(c);
        boolean reread = !later && (deep || t.dirty || t.last == null || t.last.kind() != kind);
        if (reread) {
            t.readIn = captureNumber;
            if (repaint) shownRead++;
        }
        boolean wasBlocked = t.last != null && t.last.has(ViewNode.BLOCKED);
        if (!reread && wasBlocked) return keep(t, t.last, Collections.emptyList()); // never look inside
        List<ViewNode> parts = t.partNodes;
        ViewNode.Builder b = null;
        // A component read because it was shown or added is read cold (classes, fonts): that
        // first cost says nothing about its later reads and earns no pause.
        long readStart = reread && !repaint && pausePerNanoRead > 0 ? System.nanoTime() : 0;
        if (reread) {
            ViewNode.Builder facts = factsUnlessBlocked(c, kind, t);
            if (facts == null) {
                ViewNode.Builder blocked = blocked(c, t, kind);
                SwingPropertyReader.bounds(c, blocked);
                return keep(t, blocked.build(), Collections.emptyList());
            }
            if (wasBlocked) { // nothing inside was followed while it was blocked
                deep = true;
                repaint = true;
            }
            parts = new ArrayList<>();
            Drawing drawing = painter == null
                    ? null
                    : repaint
                                    || t.dirty
                                    || t.last == null
                                    || t.last.kind() != kind
                                    || t.last.drawing() == null
                                    || t.last.width() != c.getWidth()
                                    || t.last.height() != c.getHeight()
                            ? painter.record(c, kind, t.key, SwingKinds.isLeaf(kind) && unmarkedInside(c))
                            : t.last.drawing();
            // A painting shows the tabs and cells itself: they are not read as parts then.
            b = reader.read(c, kind, t, parts, facts, drawing == null);
            b.drawing(drawing);
            if (drawing != null && kind == ViewKind.TABS) b.text(selectedTitle((javax.swing.JTabbedPane) c));
            // An icon-only label or button says what it shows only through its accessible name.
            if (!readsAccessibleName(kind) && SwingPrivacyFacts.captionless(c, kind))
                b.accessibleName(SwingPrivacyFacts.accessibleName(c));
            if (readStart != 0) pauseIfCostly(t, readStart);
        }
        List<ViewNode> children = SwingKinds.isLeaf(kind) ? new ArrayList<>(parts.size()) : children(c, deep, repaint);
        children.addAll(parts);
        if (!reread && sameObjects(children, t.last.children())) return keep(t, t.last, parts);
        if (b == null) b = t.last.toBuilder();
        return keep(t, b.children(children).build(), parts);
    }

    /**
     * A builder holding the component's privacy facts, or null when core's policy blocks it
     * (or the facts cannot be read: fail closed).
     */
    private ViewNode.Builder factsUnlessBlocked(Component c, ViewKind kind, ComponentState t) {
        try {
            PrivacyMarker marker = SwingPrivacyFacts.marker(c);
            List<String> types = SwingPrivacyFacts.typeNames(c);
            String name = c.getName();
            String accessibleName = readsAccessibleName(kind) ? SwingPrivacyFacts.accessibleName(c) : null;
            if (privacy.blocks(marker, types, name, accessibleName)) return null;
            return ViewNode.builder(t.key, kind)
                    .marker(marker)
                    .typeNames(types)
                    .name(name)
                    .accessibleName(accessibleName);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether the accessible name is read before deciding to block: when a rule looks at it, and
     * for inputs, where it (often their label's text) helps recognise personal data.
     */
    private boolean readsAccessibleName(ViewKind kind) {
        return privacy.needsAccessibleNames()
                || kind == ViewKind.TEXT_FIELD
                || kind == ViewKind.TEXT_AREA
                || kind == ViewKind.COMBO;
    }

    /** A blocked component: its kind, class and (set by the caller) bounds; nothing it shows. */
    private static ViewNode.Builder blocked(Component c, ComponentState t, ViewKind kind) {
        return ViewNode.builder(t.key, kind).className(c.getClass().getName()).flags(ViewNode.BLOCKED);
    }

    /**
     * Whether nothing inside {@code c} carries a privacy marker or is blocked by a rule, so its
     * children may be painted into its own drawing (under its privacy decision). A leaf's
     * children are few (a combo's button and editor, a spinner's field and arrows).
     */
    private boolean unmarkedInside(Component c) {
        if (!(c instanceof Container)) return true;
        for (Component k : ((Container) c).getComponents()) {
            try {
                PrivacyMarker marker = SwingPrivacyFacts.marker(k);
                if (marker != PrivacyMarker.NONE) return false;
                String accessibleName = privacy.needsAccessibleNames() ? SwingPrivacyFacts.accessibleName(k) : null;
                if (privacy.blocks(marker, SwingPrivacyFacts.typeNames(k), k.getName(), accessibleName)) return false;
            } catch (RuntimeException e) {
                return false;
            }
            if (!unmarkedInside(k)) return false;
        }
        return true;
    }

    /** A painted tab strip still says which tab is chosen (the painting only shows it). */
    private static String selectedTitle(javax.swing.JTabbedPane pane) {
        int i = pane.getSelectedIndex();
        return i < 0 ? null : pane.getTitleAt(i);
    }

    /** Visible child components, top first (Swing's order), as nodes. */
    private List<ViewNode> children(Component c, boolean deep, boolean repaint) {
        if (!(c instanceof Container)) return new ArrayList<>();
        Component[] kids = ((Container) c).getComponents();
        List<ViewNode> nodes = new ArrayList<>(kids.length);
        for (Component k : kids) {
            if (!k.isVisible() || k instanceof CellRendererPane) continue;
            nodes.add(component(k, deep, repaint));
        }
        return nodes;
    }

    /** A read that took more than a slice earns a pause before the next (see {@link #pauseCostlyReads}). */
    private void pauseIfCostly(ComponentState t, long readStart) {
        long now = System.nanoTime();
        long cost = now - readStart;
        if (cost > SLICE_FOR_PAUSE_NANOS) t.pausedUntil = now + Math.min(MAX_PAUSE_NANOS, cost * pausePerNanoRead);
    }

    /** Records the node as the component's latest, keeping the old object when nothing changed. */
    private static ViewNode keep(ComponentState t, ViewNode fresh, List<ViewNode> parts) {
        ViewNode n = t.last != null && fresh.sameAs(t.last) ? t.last : fresh;
        t.last = n;
        t.partNodes = parts;
        t.dirty = false;
        t.dirtyBelow = false;
        t.deep = false;
        return n;
    }

    private static boolean sameObjects(List<ViewNode> a, List<ViewNode> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) return false;
        }
        return true;
    }
}
