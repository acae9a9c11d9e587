package io.tapedeck.examples.inventory;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Finds the nodes a person would aim at (a tab header, a menu title, a row, an item in an open
 * popup) by what they show. Call on the FX thread; each returns null when nothing matches.
 */
final class FxFind {
    private FxFind() {}

    /** The first node matching {@code selector} under {@code root} that is, or holds, a label with {@code text}. */
    static Node labeled(Parent root, String selector, String text) {
        for (Node n : root.lookupAll(selector)) {
            if (n instanceof Labeled && text.equals(((Labeled) n).getText())) {
                return n;
            }
            if (n instanceof Parent && holdsLabel((Parent) n, text)) {
                return n;
            }
        }
        return null;
    }

    /** Whether a visible {@link Labeled} under {@code parent} shows {@code text} (skins' labels have their own style classes). */
    private static boolean holdsLabel(Parent parent, String text) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled && text.equals(((Labeled) child).getText())) {
                return true;
            }
            if (child instanceof Parent && holdsLabel((Parent) child, text)) {
                return true;
            }
        }
        return false;
    }

    /** The row the table shows for {@code index}, or null while it is scrolled out of view. */
    static TableRow<?> row(TableView<?> table, int index) {
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow
                    && ((TableRow<?>) n).getIndex() == index
                    && !((TableRow<?>) n).isEmpty()
                    && n.isVisible()) {
                return (TableRow<?>) n;
            }
        }
        return null;
    }

    /** The table's vertical scroll bar position (0 at the top). */
    static double verticalScroll(TableView<?> table) {
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar && ((ScrollBar) n).getOrientation() == Orientation.VERTICAL) {
                return ((ScrollBar) n).getValue();
            }
        }
        return 0;
    }

    /** A menu item (or list cell) showing {@code text} in any open popup: menus, context menus, combo lists. */
    static Node inPopup(String selector, String text) {
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow && w.isShowing() && w.getScene() != null) {
                Node n = labeled(w.getScene().getRoot(), selector, text);
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    static boolean anyContextMenuShowing() {
        for (Window w : Window.getWindows()) {
            if (w instanceof ContextMenu && w.isShowing()) {
                return true;
            }
        }
        return false;
    }
}
