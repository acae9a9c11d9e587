package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Builds the desktop tree from JavaFX's windows on the FX thread: each window, its scene graph
 * as view nodes placed where JavaFX laid them out, each with its look as a drawing
 * ({@link FxDrawings}). Controls that are leaves (buttons, fields, labels) are drawn whole with
 * their skins. A node equal to its previous capture stays that object, so core's work follows
 * the change. Privacy: blocked nodes become bare boxes before anything of them is read, and a
 * password field's text is never read.
 */
final class FxSnapshots {
    static final long DESKTOP_KEY = 1;

    private final PrivacyPolicy privacy;
    private final Map<Object, Long> keys = new WeakHashMap<>();
    private final Map<Object, ViewNode> last = new WeakHashMap<>();
    private final Map<Class<?>, List<String>> typeNames = new HashMap<>();
    private long nextKey = 2;
    private ViewNode lastRoot;

    FxSnapshots(PrivacyPolicy privacy) {
        this.privacy = privacy;
    }

    /** The desktop as it is now. */
    ViewNode capture() {
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
        ViewNode.Builder root = ViewNode.builder(DESKTOP_KEY, ViewKind.DESKTOP)
                .bounds(0, 0, (int) Math.ceil(maxX - minX), (int) Math.ceil(maxY - minY));
        // The window shown last is on top; the model's child 0 is the topmost.
        for (int i = showing.size() - 1; i >= 0; i--) root.child(window(showing.get(i), minX, minY));
        ViewNode node = root.build();
        if (node.sameAs(lastRoot)) node = lastRoot;
        lastRoot = node;
        return node;
    }

    private ViewNode window(Window w, double originX, double originY) {
        Scene scene = w.getScene();
        ViewNode.Builder b = ViewNode.builder(key(w), ViewKind.WINDOW)
                .className(w.getClass().getName())
                .bounds((int) Math.round(w.getX() - originX), (int) Math.round(w.getY() - originY),
                        (int) Math.ceil(w.getWidth()), (int) Math.ceil(w.getHeight()))
                .flags(ViewNode.ENABLED | (w.isFocused() ? ViewNode.FOCUSED : 0))
                .background(argb(scene.getFill()))
                .opacity((float) w.getOpacity())
                .text(w instanceof Stage ? ((Stage) w).getTitle() : null);
        Node content = scene.getRoot();
        if (content != null && content.isVisible()) {
            b.child(node(content, scene.getX(), scene.getY())); // the scene sits inside the window's decorations
        }
        return keep(w, b.build());
    }

    /** @param dx what to add to the node's bounds in its parent to place it in the parent's element (same for dy) */
    private ViewNode node(Node n, double dx, double dy) {
        ViewKind kind = FxKinds.of(n);
        Bounds inParent = n.getBoundsInParent();
        int x = (int) Math.round(inParent.getMinX() + dx), y = (int) Math.round(inParent.getMinY() + dy);
        int w = (int) Math.ceil(inParent.getWidth()), h = (int) Math.ceil(inParent.getHeight());
        PrivacyMarker marker = FxMarkers.of(n);
        List<String> types = typeNamesOf(n.getClass());
        String name = n.getId();
        if (privacy.blocks(marker, types, name, null)) {
            return keep(n, ViewNode.builder(key(n), kind).className(n.getClass().getName()).bounds(x, y, w, h)
                    .flags(ViewNode.BLOCKED).marker(marker).build());
        }
        ViewNode.Builder b = ViewNode.builder(key(n), kind).className(n.getClass().getName()).bounds(x, y, w, h)
                .marker(marker).typeNames(types).name(name)
                .flags((n.isDisabled() ? 0 : ViewNode.ENABLED) | (n.isFocused() ? ViewNode.FOCUSED : 0));
        if (kind != ViewKind.PASSWORD) {
            b.text(textOf(n));
            String ids = "f" + key(n) + "-";
            b.drawing(FxKinds.isLeaf(kind) ? FxDrawings.whole(n, ids) : FxDrawings.own(n, ids));
        }
        if (n instanceof TextInputControl) b.flag(ViewNode.EDITABLE, ((TextInputControl) n).isEditable());
        if (!FxKinds.isLeaf(kind) && n instanceof Parent) {
            Bounds local = n.getBoundsInLocal();
            List<Node> kids = ((Parent) n).getChildrenUnmodifiable();
            // JavaFX paints the last child on top; the model's child 0 is the topmost.
            for (int i = kids.size() - 1; i >= 0; i--) {
                Node kid = kids.get(i);
                if (kid.isVisible()) b.child(node(kid, -local.getMinX(), -local.getMinY()));
            }
        }
        return keep(n, b.build());
    }

    private static String textOf(Node n) {
        if (n instanceof Labeled) return ((Labeled) n).getText();
        if (n instanceof TextInputControl) return ((TextInputControl) n).getText();
        if (n instanceof Text) return ((Text) n).getText();
        return null;
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
            k = nextKey++;
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

    private static int argb(javafx.scene.paint.Paint paint) {
        if (!(paint instanceof javafx.scene.paint.Color)) return 0;
        javafx.scene.paint.Color c = (javafx.scene.paint.Color) paint;
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
