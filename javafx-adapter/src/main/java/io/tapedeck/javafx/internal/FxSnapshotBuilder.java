package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Builds the desktop tree from JavaFX's windows on the FX thread: each window at its screen
 * position, stacked as {@link FxWindowOrder} says, its scene graph as view nodes, each with
 * its look as a drawing ({@link FxDrawings}). Controls that are leaves (buttons, fields,
 * labels, cells) are drawn whole with their skins.
 *
 * <p>Geometry: every node's element is its box in scene coordinates (its bounds in parent
 * when nothing above it rotates or scales, which is cheap; else its scene bounds), relative
 * to its parent's element. The replay clips every element to its box, and JavaFX includes a
 * node's clip in its bounds, so a clipped container (a virtual flow's, a scroll pane's, a
 * split pane's) clips in the replay too; a node entirely outside its parent's box cannot
 * show and is left out (the cells a virtual flow keeps for reuse, rows below the viewport).
 * A scroll pane's viewport is a {@link ViewKind#SCROLL_VIEWPORT} holding its content
 * unscrolled, so scrolling is a scroll offset, not a moved subtree.
 *
 * <p>A node equal to its previous capture stays that object, so core's work follows the
 * change. With {@link FxChangeTracker} the capture's own work follows the change too: a node whose
 * subtree did not change, whose parent did not change itself (its box places and clips the
 * node) and which nothing above rotates or scales keeps its previous view node, subtree and
 * all, without being read; a node that only holds a change, or whose parent changed, is read
 * again but keeps its previous drawing; a node that changed itself, and a leaf with a change
 * anywhere inside, is drawn again. A scene's first capture, and every capture without dirty
 * information (JavaFX on the module path) or asked to read everything (the resync), reads all.
 * Privacy: blocked nodes become bare boxes before anything of them is read, a
 * password field's text is never read, a {@code WebView} is blocked unless explicitly
 * unmasked, and a {@code SwingNode} is a bare box (its Swing content is recorded from Swing).
 */
final class FxSnapshotBuilder {
    /**
     * JavaFX keys run from 2^43 up to {@link ViewNode#MAX_KEY}; the Swing adapter's stay below
     * 2^43, so an app with both toolkits records them on one desktop without a clash.
     */
    static final long DESKTOP_KEY = 1L << 43;

    private final PrivacyPolicy privacy;
    private final Map<Object, Long> keys = new WeakHashMap<>();
    private final Map<Object, ViewNode> last = new WeakHashMap<>();
    /** What each node gave at the capture that last reached it: its view node, or {@link #NOT_SHOWN}. */
    private final Map<Node, ViewNode> results = new WeakHashMap<>();

    private static final ViewNode NOT_SHOWN =
            ViewNode.builder(DESKTOP_KEY, ViewKind.PANEL).build(); // a marker, never sent
    /** Null: every capture reads everything. */
    private final FxChangeTracker changes;
    /** The scenes of the previous capture, and the root each showed then. */
    private Map<Scene, Parent> capturedScenes = new HashMap<>();
    /** Scenes that held a canvas (whose snapshot would run the scene's layout outside a pulse). */
    private final Map<Scene, Boolean> canvasScenes = new WeakHashMap<>();
    /** The scene being read: its changes, or null when all of it is read. */
    private FxChangeTracker.Pending pending;

    private boolean readAll = true;
    private Scene scene;
    /** Drawings made so far (tests: the work follows the change). */
    int drawingsMade;

    private final Map<Class<?>, List<String>> typeNames = new HashMap<>();
    private final FxWindowOrder order = new FxWindowOrder();
    private long nextKey = DESKTOP_KEY + 1;
    /** Node classes whose drawing failed once: said once, then drawn from their properties. */
    private final Set<Class<?>> drawingFailed = new HashSet<>();

    private ViewNode lastRoot;
    private double originX, originY;
    private final boolean painting;

    /** Reads everything at every capture (no dirty tracking). */
    FxSnapshotBuilder(PrivacyPolicy privacy) {
        this(privacy, null);
    }

    /** @param changes what changed since the last capture; null to read everything every time */
    FxSnapshotBuilder(PrivacyPolicy privacy, FxChangeTracker changes) {
        this(privacy, changes, true);
    }

    /**
     * @param painting whether nodes are drawn as they look ({@code tapedeck.recordPainting}); if
     *     not, controls are described by their properties (text, colours, font) and core draws
     *     them with CSS, lighter and approximate; text fields are then form inputs, so typing
     *     is recorded as rrweb Input events. Canvases, images, shapes and web pages are drawn
     *     either way: they have no properties to describe them.
     */
    FxSnapshotBuilder(PrivacyPolicy privacy, FxChangeTracker changes, boolean painting) {
        this.privacy = privacy;
        this.changes = changes != null && changes.enabled() ? changes : null;
        this.painting = painting;
    }

    /** The desktop as it is now, reading only what changed where that is known. */
    ViewNode capture() {
        return capture(false);
    }

    /**
     * The desktop as it is now; its x, y is the screen position of its top-left corner.
     *
     * @param everything read every node (the resync), not only what changed
     */
    ViewNode capture(boolean everything) {
        List<Window> showing = new ArrayList<>();
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) continue;
            showing.add(w);
            minX = Math.min(minX, w.getX());
            minY = Math.min(minY, w.getY());
            maxX = Math.max(maxX, w.getX() + w.getWidth());
            maxY = Math.max(maxY, w.getY() + w.getHeight());
        }
        if (showing.isEmpty()) minX = minY = maxX = maxY = 0;
        originX = minX;
        originY = minY;
        int ox = (int) Math.round(minX), oy = (int) Math.round(minY);
        ViewNode.Builder root = ViewNode.builder(DESKTOP_KEY, ViewKind.DESKTOP)
                .bounds(ox, oy, (int) Math.round(maxX) - ox, (int) Math.round(maxY) - oy);
        Map<Scene, Parent> captured = new HashMap<>();
        for (Window w : order.topFirst(showing)) root.child(window(w, ox, oy, everything, captured));
        capturedScenes = captured;
        if (changes != null) changes.retain(captured.keySet());
        ViewNode node = root.build();
        if (node.sameAs(lastRoot)) node = lastRoot;
        lastRoot = node;
        return node;
    }

    /** The screen position of the desktop's top-left corner as of the last capture: screen minus this is viewport. */
    double originX() {
        return originX;
    }

    double originY() {
        return originY;
    }

    /**
     * The key of the nearest captured node at or above {@code n} (its window's when none of
     * its nodes was captured), or 0 when nothing of it was captured yet. FX thread.
     */
    long keyOf(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            Long k = keys.get(at);
            if (k != null) return k;
        }
        if (n != null && n.getScene() != null && n.getScene().getWindow() != null) {
            Long k = keys.get(n.getScene().getWindow());
            if (k != null) return k;
        }
        return 0;
    }

    private ViewNode window(Window w, int originX, int originY, boolean everything, Map<Scene, Parent> captured) {
        Scene scene = w.getScene();
        captured.put(scene, scene.getRoot());
        int x = (int) Math.round(w.getX()), y = (int) Math.round(w.getY());
        int width = (int) Math.round(w.getX() + w.getWidth()) - x,
                height = (int) Math.round(w.getY() + w.getHeight()) - y;
        int fill = FxProperties.color(scene.getFill());
        ViewNode.Builder b = ViewNode.builder(key(w), ViewKind.WINDOW)
                .className(w.getClass().getName())
                .bounds(x - originX, y - originY, width, height)
                .flags(ViewNode.ENABLED | (w.isFocused() ? ViewNode.FOCUSED : 0))
                .background(fill)
                .opacity((float) w.getOpacity())
                .text(w instanceof Stage ? ((Stage) w).getTitle() : null);
        // A popup's (or transparent stage's) window shows only its scene: no frame, no backdrop.
        if ((fill >>> 24) != 0xFF) b.drawing(Drawing.of(Collections.emptyList()));
        Node content = scene.getRoot();
        if (content != null && content.isVisible() && content.getOpacity() > 0) {
            beginScene(scene, everything);
            try {
                // The scene sits inside the window's decorations: scene (0,0) is at (scene x, scene y).
                ViewNode c = node(
                        content,
                        -(int) Math.round(scene.getX()),
                        -(int) Math.round(scene.getY()),
                        width,
                        height,
                        false,
                        0,
                        0,
                        false);
                if (c != null) b.child(c);
            } finally {
                endScene();
            }
        }
        return keep(w, b.build());
    }

    /**
     * What of the scene this capture reads: everything when asked, when the scene was not in
     * the previous capture (new, or shown again: its nodes' results may be from before it hid),
     * or when its root was replaced; else what changed since.
     */
    private void beginScene(Scene s, boolean everything) {
        scene = s;
        pending = null;
        readAll = true;
        if (changes == null) return;
        boolean again = capturedScenes.containsKey(s) && capturedScenes.get(s) == s.getRoot();
        if (everything || !again) changes.everything(s);
        pending = changes.begin(s, !again || canvasScenes.containsKey(s));
        readAll = pending == null || pending.everything;
    }

    private void endScene() {
        if (changes != null) changes.end(scene, pending);
        pending = null;
        readAll = true;
        scene = null;
    }

    /**
     * The node and what it holds, or null when it cannot show (empty, or outside its parent's box).
     *
     * @param parentX the scene position of the parent's element (same for parentY)
     * @param clipW the parent element's size, outside which nothing shows; -1 for no limit
     * @param transformed whether something above rotates or scales (then positions come from
     *                    scene bounds; else {@code localX, localY}, the scene position of the
     *                    parent's local origin, places the node cheaply)
     * @param parentChanged whether the parent changed itself (its box may have moved or clipped
     *                      the node): then the node is placed again even when it did not change
     */
    private ViewNode node(
            Node n,
            int parentX,
            int parentY,
            int clipW,
            int clipH,
            boolean transformed,
            double localX,
            double localY,
            boolean parentChanged) {
        boolean all = readAll || transformed;
        boolean changedItself = true, inside = true, boundsOnly = false;
        ViewNode before = null;
        if (!all) {
            changedItself = pending.changed(n);
            boundsOnly = !changedItself && pending.boundsOnly(n);
            inside = pending.inside(n);
            before = results.get(n);
            if (!changedItself && !boundsOnly && !inside && !parentChanged && before != null) {
                return before == NOT_SHOWN ? null : before; // nothing of it or around it changed
            }
        }
        if (pending != null) pending.reached(n);
        boolean slow = transformed || rotatesOrScales(n);
        Bounds box = slow ? n.localToScene(n.getBoundsInLocal()) : n.getBoundsInParent();
        double dx = slow ? 0 : localX, dy = slow ? 0 : localY;
        if (!(box.getWidth() > 0) || !(box.getHeight() > 0)) return notShown(n);
        int ex = (int) Math.round(box.getMinX() + dx), ey = (int) Math.round(box.getMinY() + dy);
        int ew = Math.max(1, (int) Math.round(box.getMaxX() + dx) - ex);
        int eh = Math.max(1, (int) Math.round(box.getMaxY() + dy) - ey);
        int x = ex - parentX, y = ey - parentY;
        if (clipW >= 0 && (x >= clipW || y >= clipH || x + ew <= 0 || y + eh <= 0)) return notShown(n);
        if (boundsOnly) {
            // Its bounds were computed again: the same box (the usual case) is no change of its own.
            boolean sameBox = before != null
                    && before != NOT_SHOWN
                    && before.x() == x
                    && before.y() == y
                    && before.width() == ew
                    && before.height() == eh;
            if (sameBox && !inside && !parentChanged) return before;
            changedItself = !sameBox;
        }

        List<String> types = typeNamesOf(n.getClass());
        boolean web = FxKinds.isWebView(types);
        ViewKind kind = web ? ViewKind.CUSTOM : FxKinds.of(n, types); // a page: a painted box
        PrivacyMarker marker = FxPrivacyFacts.of(n);
        String name = n.getId();
        String accessibleName = n.getAccessibleText();
        if (privacy.blocks(marker, types, name, accessibleName)
                || (web && !FxPrivacyFacts.explicitlyUnmasked(marker, privacy, types, name))) {
            if (pending != null) pending.reachedWhole(n); // nothing inside is read
            return shown(
                    n,
                    ViewNode.builder(key(n), kind)
                            .className(n.getClass().getName())
                            .bounds(x, y, ew, eh)
                            .flags(ViewNode.BLOCKED)
                            .marker(marker)
                            .build());
        }
        ViewNode.Builder b = ViewNode.builder(key(n), kind)
                .className(n.getClass().getName())
                .bounds(x, y, ew, eh)
                .marker(marker)
                .typeNames(types)
                .name(name)
                .accessibleName(accessibleName)
                .flags((n.isDisabled() ? 0 : ViewNode.ENABLED) | (n.isFocused() ? ViewNode.FOCUSED : 0))
                .opacity((float) n.getOpacity());
        if (FxKinds.isSwingNode(types)) return shown(n, b.build()); // a bare box: Swing records what it shows
        boolean leaf = FxKinds.isLeaf(n, kind);
        if (leaf && pending != null) pending.reachedWhole(n); // its drawing is all of it
        // Drawn again when it changed itself, or is a leaf with a change inside; else only placed.
        boolean redraw = all || slow || changedItself || before == null || before == NOT_SHOWN || (leaf && inside);
        if (kind != ViewKind.PASSWORD) {
            b.text(FxPropertyReader.text(n, kind));
            String ids = "f" + key(n) + "-";
            if (!painting && !FxKinds.isContent(n, web)) {
                FxProperties.describe(n, b);
            } else if (kind != ViewKind.SCROLL_VIEWPORT) {
                Drawing look = redraw || before.drawing() == null ? drawing(n, leaf, ids) : before.drawing();
                b.drawing(look);
                if (n instanceof Canvas || web) {
                    canvasScenes.put(scene, Boolean.TRUE);
                    if (pending != null && FxCanvases.behind(n)) pending.carry(n);
                }
            } else {
                // Not a drawing: it would scroll with the content. The backdrop as a colour instead.
                int background = FxProperties.background(n);
                b.background(background).flag(ViewNode.OPAQUE, (background >>> 24) != 0);
            }
        }
        b.flag(ViewNode.SELECTED, FxPropertyReader.selected(n, kind))
                .flag(ViewNode.VERTICAL, FxPropertyReader.vertical(n))
                .placeholder(FxPropertyReader.placeholder(n))
                .toolTip(FxPropertyReader.toolTip(n));
        b.flag(ViewNode.EDITABLE, FxPropertyReader.editable(n));
        if (!leaf && n instanceof Parent) {
            children(
                    (Parent) n,
                    kind,
                    b,
                    ex,
                    ey,
                    ew,
                    eh,
                    slow,
                    slow ? 0 : localX + n.getLayoutX() + n.getTranslateX(),
                    slow ? 0 : localY + n.getLayoutY() + n.getTranslateY(),
                    redraw);
        }
        return shown(n, b.build());
    }

    private ViewNode shown(Node n, ViewNode fresh) {
        ViewNode v = keep(n, fresh);
        results.put(n, v);
        return v;
    }

    private ViewNode notShown(Node n) {
        results.put(n, NOT_SHOWN);
        return null;
    }

    private void children(
            Parent n,
            ViewKind kind,
            ViewNode.Builder b,
            int ex,
            int ey,
            int ew,
            int eh,
            boolean slow,
            double localX,
            double localY,
            boolean changedItself) {
        List<Node> kids = n.getChildrenUnmodifiable();
        int parentX = ex, parentY = ey, clipW = ew, clipH = eh;
        if (kind == ViewKind.SCROLL_VIEWPORT) {
            // The content is placed unscrolled; how far it is scrolled is the viewport's offset.
            int scrollX = 0, scrollY = 0;
            for (Node kid : kids) {
                if (!kid.isVisible()) continue;
                boolean kidSlow = slow || rotatesOrScales(kid);
                Bounds box = kidSlow ? kid.localToScene(kid.getBoundsInLocal()) : kid.getBoundsInParent();
                scrollX = Math.max(0, ex - (int) Math.round(box.getMinX() + (kidSlow ? 0 : localX)));
                scrollY = Math.max(0, ey - (int) Math.round(box.getMinY() + (kidSlow ? 0 : localY)));
                break;
            }
            b.scroll(scrollX, scrollY);
            parentX = ex - scrollX;
            parentY = ey - scrollY;
            clipW = clipH = -1; // scrolling shows what is outside the box now
        }
        // JavaFX paints the last child on top; the model's child 0 is the topmost.
        for (int i = kids.size() - 1; i >= 0; i--) {
            Node kid = kids.get(i);
            if (!kid.isVisible() || kid.getOpacity() <= 0) continue;
            ViewNode c = node(kid, parentX, parentY, clipW, clipH, slow, localX, localY, changedItself);
            if (c != null) b.child(c);
        }
    }

    /**
     * Whether the node's transform is more than a move (then its box is what its scene bounds
     * say). Asked without {@code getTransforms()}, which would give every node of the app a
     * transformation object: a transform in that list shows as bounds in parent that are not
     * the local bounds moved by layout and translation.
     */
    private static boolean rotatesOrScales(Node n) {
        if (n.getRotate() != 0 || n.getScaleX() != 1 || n.getScaleY() != 1) return true;
        Bounds local = n.getBoundsInLocal(), inParent = n.getBoundsInParent();
        double dx = n.getLayoutX() + n.getTranslateX(), dy = n.getLayoutY() + n.getTranslateY();
        return Math.abs(inParent.getMinX() - local.getMinX() - dx) > 0.01
                || Math.abs(inParent.getMinY() - local.getMinY() - dy) > 0.01
                || Math.abs(inParent.getWidth() - local.getWidth()) > 0.01
                || Math.abs(inParent.getHeight() - local.getHeight()) > 0.01;
    }

    /**
     * The node's look; null when drawing it failed (a skin in a state we did not expect): it is
     * then shown from its properties, the failure is logged once per class, and the rest of the
     * window is recorded as usual.
     */
    private Drawing drawing(Node n, boolean leaf, String ids) {
        if (drawingFailed.contains(n.getClass())) return null;
        drawingsMade++;
        try {
            return leaf ? FxDrawings.whole(n, ids) : FxDrawings.own(n, ids);
        } catch (RuntimeException | StackOverflowError e) {
            if (drawingFailed.add(n.getClass())) {
                Log.warn("could not draw a " + n.getClass().getName() + "; it is shown from its properties: " + e);
            }
            return null;
        }
    }

    private List<String> typeNamesOf(Class<?> type) {
        return typeNames.computeIfAbsent(type, t -> {
            List<String> names = new ArrayList<>();
            for (Class<?> k = t; k != null && k != Object.class; k = k.getSuperclass()) names.add(k.getName());
            return Collections.unmodifiableList(names);
        });
    }

    private long key(Object o) {
        Long k = keys.get(o);
        if (k == null) {
            k = nextKey;
            nextKey = nextKey >= ViewNode.MAX_KEY ? DESKTOP_KEY + 1 : nextKey + 1;
            keys.put(o, k);
        }
        return k;
    }

    /** The previous object when nothing changed, so the tree stays shared. */
    private ViewNode keep(Object o, ViewNode fresh) {
        ViewNode before = last.get(o);
        ViewNode n = fresh.sameAs(before) ? before : fresh;
        last.put(o, n);
        return n;
    }
}
