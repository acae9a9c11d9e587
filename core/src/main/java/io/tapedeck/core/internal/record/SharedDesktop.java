package io.tapedeck.core.internal.record;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One desktop for an app whose windows come from more than one toolkit (a Swing app with a
 * {@code JFXPanel}, a JavaFX app with a {@code SwingNode}, or both kinds of windows side by
 * side). Each adapter hands its own desktop: a {@link ViewKind#DESKTOP} root whose
 * {@code x, y} is the screen position of its top-left corner, with windows placed relative to
 * it, and a root key of its own. This keeps the latest desktop of each and lays their windows
 * out on one desktop covering all of them, so the replay shows one screen. With one toolkit it
 * only moves the root to 0,0.
 *
 * <p>Stacking: toolkits do not know each other's window order. A window embedded in another
 * toolkit's window (the content of a JFXPanel or a SwingNode) goes right above the topmost
 * window of the other toolkit that contains it; of the rest, the toolkit holding the focused
 * window is on top. Runs on the recorder thread only.
 */
final class SharedDesktop {
    /** Windows that show one toolkit's content inside another toolkit's window. */
    static final Set<String> EMBEDDED_WINDOWS = Set.of(
            "com.sun.javafx.stage.EmbeddedWindow", // the scene of a JFXPanel
            "sun.swing.JLightweightFrame"); // the Swing content of a SwingNode

    private final Map<Long, ViewNode> latest = new LinkedHashMap<>();
    private Map<ViewNode, ViewNode> moved = new IdentityHashMap<>();
    private long rootKey = -1;
    private ViewNode lastMerged;
    private int originX, originY;

    /** The desktop to record now that {@code desktop} (one toolkit's) arrived. */
    ViewNode merge(ViewNode desktop) {
        if (rootKey < 0) rootKey = desktop.key(); // the first toolkit's root stays the root
        ViewNode before = latest.put(desktop.key(), desktop);
        if (before == desktop && lastMerged != null) return lastMerged;

        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (ViewNode d : latest.values()) {
            if (d.children().isEmpty()) continue; // a toolkit without windows takes no room
            minX = Math.min(minX, d.x());
            minY = Math.min(minY, d.y());
            maxX = Math.max(maxX, d.x() + d.width());
            maxY = Math.max(maxY, d.y() + d.height());
        }
        if (minX == Integer.MAX_VALUE) minX = minY = maxX = maxY = 0;
        originX = minX;
        originY = minY;

        Map<ViewNode, ViewNode> nowMoved = new IdentityHashMap<>();
        List<ViewNode> plain = new ArrayList<>();
        List<ViewNode> embedded = new ArrayList<>();
        for (ViewNode d : sourcesFocusedFirst()) {
            int dx = d.x() - minX, dy = d.y() - minY;
            for (ViewNode w : d.children()) {
                ViewNode placed = place(w, dx, dy, nowMoved);
                (isEmbedded(w) ? embedded : plain).add(placed);
            }
        }
        moved = nowMoved;
        for (ViewNode e : embedded) plain.add(hostIndex(plain, e), e);

        ViewNode merged = latest.get(rootKey).toBuilder()
                .bounds(0, 0, maxX - minX, maxY - minY)
                .children(plain)
                .build();
        if (merged.sameAs(lastMerged)) merged = lastMerged;
        lastMerged = merged;
        return merged;
    }

    /** Where screen position {@code x} is on the recorded desktop. */
    int viewportX(int screenX) {
        return screenX - originX;
    }

    int viewportY(int screenY) {
        return screenY - originY;
    }

    private List<ViewNode> sourcesFocusedFirst() {
        List<ViewNode> sources = new ArrayList<>(latest.values());
        for (int i = 0; i < sources.size(); i++) {
            if (hasFocusedWindow(sources.get(i))) {
                sources.add(0, sources.remove(i));
                break;
            }
        }
        return sources;
    }

    private static boolean hasFocusedWindow(ViewNode desktop) {
        for (ViewNode w : desktop.children()) if (w.has(ViewNode.FOCUSED)) return true;
        return false;
    }

    /** The window moved by dx, dy; the same object as last time for the same window and move. */
    private ViewNode place(ViewNode w, int dx, int dy, Map<ViewNode, ViewNode> nowMoved) {
        if (dx == 0 && dy == 0) return w;
        ViewNode m = moved.get(w);
        if (m == null || m.x() != w.x() + dx || m.y() != w.y() + dy) {
            m = w.toBuilder()
                    .bounds(w.x() + dx, w.y() + dy, w.width(), w.height())
                    .build();
        }
        nowMoved.put(w, m);
        return m;
    }

    private static boolean isEmbedded(ViewNode window) {
        return window.className() != null && EMBEDDED_WINDOWS.contains(window.className());
    }

    /** Index right above (before, as child 0 is the topmost) the topmost window containing {@code e}. */
    private static int hostIndex(List<ViewNode> windows, ViewNode e) {
        for (int i = 0; i < windows.size(); i++) {
            ViewNode w = windows.get(i);
            if (isEmbedded(w)) continue;
            if (w.x() <= e.x()
                    && w.y() <= e.y()
                    && w.x() + w.width() >= e.x() + e.width()
                    && w.y() + w.height() >= e.y() + e.height()) {
                return i;
            }
        }
        return 0;
    }
}
