package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.elements;
import static io.tapedeck.javafx.internal.FxScenes.fx;
import static io.tapedeck.javafx.internal.FxScenes.on;
import static io.tapedeck.javafx.internal.FxScenes.render;
import static io.tapedeck.javafx.internal.FxScenes.screenBox;
import static io.tapedeck.javafx.internal.FxScenes.shownBox;
import static io.tapedeck.javafx.internal.FxScenes.texts;
import static io.tapedeck.javafx.internal.FxScenes.withText;
import static io.tapedeck.testing.ViewTrees.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.ViewTrees;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Popups and dialogs: windows of their own, where they showed on the screen, above their owner. */
class FxPopupsTest {
    private final FxScenes fx = new FxScenes();

    @AfterEach
    void closeWindows() {
        fx.close();
    }

    private static ViewNode windowOf(ViewNode desktop, ViewNode node) {
        return ViewTrees.pathTo(desktop, node).get(1);
    }

    private static void near(double expected, int actual, String what) {
        assertTrue(Math.abs(expected - actual) <= 2, what + ": expected about " + expected + ", was " + actual);
    }

    @Test
    void aContextMenuShowsAtItsAnchorAboveItsOwner() {
        Label label = new Label("Right-click me");
        fx.show(new VBox(label), 300, 200);
        ContextMenu menu = new ContextMenu(new MenuItem("Cut"), new MenuItem("Paste"));
        fx(() -> menu.show(fx.stage, 100, 120));
        ViewNode root = fx.capture();
        assertEquals(2, root.children().size());
        ViewNode popup = root.children().get(0);
        assertEquals(ContextMenu.class.getName(), popup.className(), "the popup is the topmost window");
        ViewNode cut = withText(popup, "Cut");
        assertEquals(ViewKind.MENU, cut.kind());
        assertEquals(Arrays.asList("Paste", "Cut"), texts(popup, ViewKind.MENU), "the items, topmost first");
        // Where the item is on the screen, though the popup's scene root is moved by its shadow's insets.
        Bounds item = on(() -> {
            Node n = menu.getSkin().getNode().lookup(".menu-item");
            return n.localToScreen(n.getLayoutBounds());
        });
        assertTrue(
                item.getMinX() >= 100 && item.getMinY() >= 120 && item.getMinY() < 130,
                "the menu is at its anchor: " + item);
        int[] box = screenBox(root, cut);
        near(item.getMinX(), box[0], "the item's left edge");
        near(item.getMinY(), box[1], "the item's top edge");
        near(item.getWidth(), box[2], "the item's width");
        assertNotNull(shownBox(root, cut), "and it shows");
        // The popup window itself is transparent: only its scene shows.
        DomNode dom = render(root);
        List<DomNode> popupElements = elements(
                dom, n -> ContextMenu.class.getName().equals(n.attributes().get("data-td-class")));
        assertEquals("pd", popupElements.get(0).attributes().get("class"), "no window backdrop or frame");
    }

    @Test
    void aTooltipShowsWhereItWasShown() {
        fx.show(new VBox(new Label("Hover")), 300, 200);
        fx(() -> new Tooltip("Tip text").show(fx.stage, 150, 60));
        ViewNode root = fx.capture();
        ViewNode tip = withText(root, "Tip text");
        assertEquals(Tooltip.class.getName(), windowOf(root, tip).className());
        int[] box = screenBox(root, tip);
        assertTrue(box[0] >= 140 && box[0] <= 160 && box[1] >= 50 && box[1] <= 70, Arrays.toString(box));
        assertEquals(Tooltip.class.getName(), root.children().get(0).className(), "above the stage");
    }

    @Test
    void aComboBoxsListShowsItsItemsBelowTheBox() {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().addAll("Alpha", "Beta", "Gamma");
        fx.show(new VBox(new Label("Pick"), combo), 300, 200);
        fx(combo::show);
        ViewNode root = fx.capture();
        ViewNode popup = root.children().get(0);
        assertTrue(popup.className().contains("ComboBoxPopupControl"), popup.className());
        List<String> items = texts(popup, ViewKind.CELL);
        assertTrue(items.containsAll(Arrays.asList("Alpha", "Beta", "Gamma")), items.toString());
        Point2D comboOnScreen = on(() -> combo.localToScreen(0, combo.getHeight()));
        int[] alpha = screenBox(root, withText(popup, "Alpha"));
        near(comboOnScreen.getX(), alpha[0], "the list under the box's left edge");
        assertTrue(
                alpha[1] >= comboOnScreen.getY() - 1 && alpha[1] < comboOnScreen.getY() + 10, Arrays.toString(alpha));
    }

    @Test
    void aDatePickersCalendarIsAPopup() {
        DatePicker picker = new DatePicker(java.time.LocalDate.of(2024, 2, 14));
        fx.show(new VBox(picker), 300, 200);
        fx(picker::show);
        ViewNode root = fx.capture();
        ViewNode popup = root.children().get(0);
        assertTrue(popup.className().contains("Popup"), popup.className());
        List<String> days = texts(popup, ViewKind.CELL);
        assertTrue(days.contains("14") && days.contains("29"), "February 2024's days: " + days);
    }

    @Test
    void aMenuBarsMenuDropsDownUnderItsTitle() {
        MenuBar bar = new MenuBar(new Menu("File", null, new MenuItem("Open"), new MenuItem("Quit")));
        fx.show(new VBox(bar, new Label("body")), 300, 200);
        fx(() -> bar.getMenus().get(0).show());
        ViewNode root = fx.capture();
        ViewNode file = withText(root, "File");
        assertEquals(ViewKind.MENU, file.kind());
        assertTrue(file.has(ViewNode.SELECTED), "the open menu's title is highlighted");
        assertEquals(
                ViewKind.TOOLBAR,
                ViewTrees.pathTo(root, file)
                        .get(ViewTrees.pathTo(root, file).size() - 3)
                        .kind());
        ViewNode open = withText(root, "Open");
        assertEquals(root.children().get(0), windowOf(root, open), "the drop-down is on top");
        int[] title = screenBox(root, file), item = screenBox(root, open);
        near(title[1] + title[3], item[1] - 4, "the items start under the title");
        assertTrue(Math.abs(item[0] - title[0]) <= 6, Arrays.toString(item) + " under " + Arrays.toString(title));
    }

    @Test
    void anAlertIsAWindowAboveItsOwner() {
        fx.show(new VBox(new Button("Save")), 300, 200);
        fx(() -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, "Saved it");
            alert.initOwner(fx.stage);
            alert.show();
        });
        ViewNode root = fx.capture();
        ViewNode message = withText(root, "Saved it");
        ViewNode dialog = windowOf(root, message);
        assertEquals(root.children().get(0), dialog, "the dialog is the topmost window");
        assertEquals(2, root.children().size());
        assertTrue(
                all(dialog, n -> "OK".equals(n.text()) && n.kind() == ViewKind.BUTTON)
                                .size()
                        == 1,
                "its button");
        int[] onScreen = screenBox(root, dialog);
        double[] expected = on(() -> {
            javafx.stage.Window w = javafx.stage.Window.getWindows().stream()
                    .filter(x -> x != fx.stage && x.isShowing())
                    .findFirst()
                    .orElseThrow();
            return new double[] {w.getX(), w.getY()};
        });
        near(expected[0], onScreen[0], "dialog x");
        near(expected[1], onScreen[1], "dialog y");
    }

    @Test
    void theStageShownLastIsOnTopAndPopupsAboveEveryStage() {
        fx.show(new VBox(new Label("first")), 200, 100);
        fx(() -> new Tooltip("first's tip").show(fx.stage, 100, 100));
        fx(() -> {
            javafx.stage.Stage second = new javafx.stage.Stage();
            second.setScene(new javafx.scene.Scene(new VBox(new Label("second")), 200, 100));
            second.setX(60);
            second.setY(60);
            second.show();
        });
        ViewNode root = fx.capture();
        assertEquals(3, root.children().size());
        assertEquals(Tooltip.class.getName(), root.children().get(0).className(), "the popup on top");
        assertEquals(root.children().get(1), windowOf(root, withText(root, "second")), "then the stage shown last");
        assertEquals(root.children().get(2), windowOf(root, withText(root, "first")), "the first at the bottom");
        // Seen again, nothing moves.
        assertEquals(root, fx.capture());
    }

    @Test
    void aNodesKeyAndTheScreenOriginMapInputToTheTree() {
        Button save = new Button("Save");
        fx.show(new VBox(new Label("top"), save), 300, 200);
        ViewNode root = fx.capture();
        ViewNode button = withText(root, "Save");
        long fromText = on(() -> fx.snapshots.keyOf(save.lookup(".text")));
        assertEquals(button.key(), fromText, "a node inside a button's skin is the button");
        assertEquals(button.key(), (long) on(() -> fx.snapshots.keyOf(save)));
        assertEquals(0L, (long) on(() -> fx.snapshots.keyOf(new Label("never shown"))));
        assertEquals(20.0, fx.snapshots.originX());
        assertEquals(30.0, fx.snapshots.originY());
        assertEquals(20, root.x(), "the desktop's x is its screen position");
        Point2D onScreen = on(() -> save.localToScreen(0, 0));
        int[] box = screenBox(root, button);
        near(onScreen.getX(), box[0], "screen x");
        near(onScreen.getY(), box[1], "screen y");
    }
}
