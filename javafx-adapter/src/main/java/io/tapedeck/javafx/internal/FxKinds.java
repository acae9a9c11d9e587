package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.ViewKind;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Cell;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.NestedTableColumnHeader;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * What a JavaFX node is, in the view model's terms, and whether it is drawn whole (a leaf: its
 * skin's nodes are part of its look and of its privacy decision, as a Swing leaf's painting is).
 * Skin parts that JavaFX does not expose as public types (a tab's header, a menu's item) are
 * recognised by their class names, which have been stable since JavaFX 9.
 */
final class FxKinds {
    static final String WEB_VIEW = "javafx.scene.web.WebView";
    static final String SWING_NODE = "javafx.embed.swing.SwingNode";
    static final String TAB_HEADER = "javafx.scene.control.skin.TabPaneSkin$TabHeaderSkin";
    static final String MENU_ITEM = "com.sun.javafx.scene.control.ContextMenuContent$MenuItemContainer";
    static final String MENU_BAR_BUTTON = "com.sun.javafx.scene.control.MenuBarButton";
    /** The style class of the clipped region a {@code ScrollPane}'s skin scrolls its content in. */
    static final String SCROLL_PANE_VIEWPORT = "viewport";

    private FxKinds() {}

    /** What the node is (reads its type names; {@link FxSnapshotBuilder} passes its cached ones). */
    static ViewKind of(Node n) {
        List<String> types = new java.util.ArrayList<>();
        for (Class<?> k = n.getClass(); k != null && k != Object.class; k = k.getSuperclass()) types.add(k.getName());
        return of(n, types);
    }

    /** @param types the node's class and superclasses' names, most specific first */
    static ViewKind of(Node n, List<String> types) {
        if (n instanceof PasswordField) return ViewKind.PASSWORD;
        if (n instanceof TextArea) return ViewKind.TEXT_AREA;
        if (n instanceof TextField) return ViewKind.TEXT_FIELD;
        if (n instanceof CheckBox) return ViewKind.CHECKBOX;
        if (n instanceof RadioButton) return ViewKind.RADIO;
        if (n instanceof ToggleButton) return ViewKind.TOGGLE;
        if (types.contains(MENU_BAR_BUTTON) || types.contains(MENU_ITEM)) return ViewKind.MENU;
        if (n instanceof ButtonBase) return ViewKind.BUTTON; // buttons, hyperlinks, menu buttons
        if (n instanceof ComboBoxBase || n instanceof ChoiceBox || n instanceof Spinner) return ViewKind.COMBO;
        if (n instanceof Cell) return ViewKind.CELL; // list, tree and table cells, table rows
        if (n instanceof TableColumnHeader && !(n instanceof NestedTableColumnHeader)) return ViewKind.CELL;
        if (types.contains(TAB_HEADER)) return ViewKind.TAB;
        if (n instanceof Label || n instanceof Text) return ViewKind.LABEL;
        if (n instanceof Slider) return ViewKind.SLIDER;
        if (n instanceof ProgressIndicator) return ViewKind.PROGRESS;
        if (n instanceof ScrollBar) return ViewKind.SCROLL_BAR;
        if (n instanceof Separator) return ViewKind.SEPARATOR;
        if (n instanceof ToolBar || n instanceof MenuBar) return ViewKind.TOOLBAR;
        if (n instanceof TabPane) return ViewKind.TABS;
        if (n instanceof TableView || n instanceof TreeTableView || n instanceof ListView || n instanceof TreeView) {
            return ViewKind.GRID;
        }
        if (isScrollPaneViewport(n)) return ViewKind.SCROLL_VIEWPORT;
        if (n instanceof Shape) return ViewKind.CUSTOM;
        return ViewKind.PANEL;
    }

    /** Whether the node's whole subtree is its look (drawn into one drawing, one privacy decision). */
    static boolean isLeaf(Node n, ViewKind kind) {
        // A table row holds cells of its own; every other cell (and a column header) is one piece,
        // except while it is edited: its editor is then a control of its own (an input, masked
        // as input is), as Swing's cell editor is a component of its own.
        if (kind == ViewKind.CELL) {
            return !(n instanceof TableRow || n instanceof TreeTableRow)
                    && !(n instanceof Cell && ((Cell<?>) n).isEditing());
        }
        return isLeaf(kind);
    }

    /** Whether every node of this kind is a leaf (a cell depends on the node: see {@link #isLeaf(Node, ViewKind)}). */
    static boolean isLeaf(ViewKind kind) {
        switch (kind) {
            case LABEL:
            case BUTTON:
            case TOGGLE:
            case CHECKBOX:
            case RADIO:
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
            case COMBO:
            case SLIDER:
            case PROGRESS:
            case SCROLL_BAR:
            case SEPARATOR:
            case CUSTOM:
            case TAB:
            case MENU:
                return true;
            default:
                return false;
        }
    }

    /** The clipped region inside a {@code ScrollPane} whose one child is the content, moved by the scroll. */
    static boolean isScrollPaneViewport(Node n) {
        return n.getParent() instanceof ScrollPane && n.getStyleClass().contains(SCROLL_PANE_VIEWPORT);
    }

    static boolean isWebView(List<String> types) {
        return types.contains(WEB_VIEW);
    }

    static boolean isSwingNode(List<String> types) {
        return types.contains(SWING_NODE);
    }

    /** Content shown as pixels or geometry, with no properties that could describe it. */
    static boolean isContent(Node n, boolean webView) {
        return webView
                || n instanceof javafx.scene.canvas.Canvas
                || n instanceof javafx.scene.image.ImageView
                || n instanceof javafx.scene.shape.Shape && !(n instanceof javafx.scene.text.Text);
    }
}
