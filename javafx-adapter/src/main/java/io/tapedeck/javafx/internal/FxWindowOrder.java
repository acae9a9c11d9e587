package io.tapedeck.javafx.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The stacking order of JavaFX's windows, which JavaFX does not expose: followed from what a
 * capture sees. A window goes on top of its group when it is first seen (shown) and when it
 * gained focus since the last capture; a group is a window and the windows it owns (dialogs, alerts), and owned
 * windows stay above their owner; popups (menus, tooltips, combo-box lists) are above every
 * stage, the latest on top. FX thread only.
 */
final class FxWindowOrder {
    private final Map<Window, Long> raised = new WeakHashMap<>();
    private final Map<Window, Boolean> wasFocused = new WeakHashMap<>();
    private long clock;

    /** {@code showing} sorted top first (index 0 is the topmost, as in ViewNode children). */
    List<Window> topFirst(List<Window> showing) {
        for (Window w : showing) {
            boolean focused = w.isFocused();
            Boolean before = wasFocused.put(w, focused);
            // Shown, or focused since the last look (a gain of focus, not its state: some
            // platforms, Monocle among them, leave an older window marked focused too).
            if (before == null || (focused && !before)) raised.put(w, ++clock);
        }
        Map<Window, Window> roots = new IdentityHashMap<>();
        Map<Window, Integer> depths = new IdentityHashMap<>();
        Map<Window, Long> groupRank = new IdentityHashMap<>();
        for (Window w : showing) {
            Window root = w;
            int depth = 0;
            for (Window o = ownerOf(w); o != null && depth < 32; o = ownerOf(o)) {
                root = o;
                depth++;
            }
            roots.put(w, root);
            depths.put(w, depth);
            groupRank.merge(root, raised.get(w), Math::max);
        }
        Comparator<Window> bottomFirst = Comparator.comparing((Window w) -> w instanceof PopupWindow)
                .thenComparing(w -> w instanceof PopupWindow ? 0L : groupRank.get(roots.get(w)))
                .thenComparing(w -> w instanceof PopupWindow ? 0 : depths.get(w))
                .thenComparing(raised::get);
        List<Window> out = new ArrayList<>(showing);
        out.sort(bottomFirst.reversed());
        return out;
    }

    static Window ownerOf(Window w) {
        if (w instanceof Stage) return ((Stage) w).getOwner();
        if (w instanceof PopupWindow) return ((PopupWindow) w).getOwnerWindow();
        return null;
    }
}
