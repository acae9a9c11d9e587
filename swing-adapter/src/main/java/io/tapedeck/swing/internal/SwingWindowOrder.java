package io.tapedeck.swing.internal;

import java.awt.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stacking order of windows, which AWT does not expose: we follow it from activation.
 * A window goes on top when it opens or is activated; a window's owned windows (dialogs,
 * tool windows) stay above it and move with it; always-on-top windows are above normal ones
 * and popups above everything. EDT-confined.
 */
final class SwingWindowOrder {
    private long clock;

    /** The window was opened, shown or activated: it is now on top of its group. */
    void raise(ComponentState window) {
        window.activation = ++clock;
    }

    /** A window seen for the first time without an activation event goes on top. */
    void seen(ComponentState window) {
        if (window.activation == 0) raise(window);
    }

    /**
     * Sorts {@code windows} top first (index 0 is the topmost, as in ViewNode children).
     *
     * @param activation each window's activation stamp (from its {@link ComponentState})
     */
    static List<Window> topFirst(List<Window> windows, Map<Window, Long> activation) {
        Map<Window, Long> groupRank = new IdentityHashMap<>();
        Map<Window, Integer> depth = new IdentityHashMap<>();
        for (Window w : windows) {
            Window root = w;
            int d = 0;
            while (root.getOwner() != null) {
                root = root.getOwner();
                d++;
            }
            depth.put(w, d);
            long stamp = activation.get(w);
            groupRank.merge(root, stamp, Math::max);
        }
        Map<Window, Long> rankOf = new IdentityHashMap<>();
        for (Window w : windows) {
            Window root = w;
            while (root.getOwner() != null) root = root.getOwner();
            rankOf.put(w, groupRank.get(root));
        }
        Comparator<Window> bottomFirst = Comparator.comparingInt((Window w) -> w.getType() == Window.Type.POPUP ? 1 : 0)
                .thenComparingInt(w -> w.isAlwaysOnTop() ? 1 : 0)
                .thenComparingLong(rankOf::get)
                .thenComparingInt(depth::get)
                .thenComparingLong(activation::get);
        List<Window> sorted = new ArrayList<>(windows);
        sorted.sort(bottomFirst.reversed());
        return sorted;
    }
}
