package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.ofKind;
import static io.tapedeck.javafx.internal.FxScenes.screenBox;
import static io.tapedeck.javafx.internal.FxScenes.shownBox;
import static io.tapedeck.javafx.internal.FxScenes.texts;
import static io.tapedeck.javafx.internal.FxScenes.withText;
import static io.tapedeck.testing.ViewTrees.all;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.ViewTrees;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Accordion;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Containers that show part of what they hold, and what a node's own state does to it. */
class FxContainersTest {
    private final FxScenes fx = new FxScenes();

    @AfterEach
    void closeWindows() {
        fx.close();
    }

    private static boolean showsText(ViewNode root, String text) {
        return !all(root, n -> text.equals(n.text())).isEmpty();
    }

    private static ViewNode tab(ViewNode root, String title) {
        return all(root, n -> n.kind() == ViewKind.TAB && title.equals(n.text()))
                .get(0);
    }

    @Test
    void aTabPaneRecordsOnlyTheSelectedTabsContent() {
        TabPane tabs =
                new TabPane(new Tab("One", new Label("first content")), new Tab("Two", new Label("second content")));
        tabs.getSelectionModel().select(1);
        fx.show(new VBox(tabs), 300, 200);
        ViewNode root = fx.capture();
        assertTrue(showsText(root, "second content"));
        assertFalse(showsText(root, "first content"), "a hidden tab's content is not recorded");
        assertEquals(Arrays.asList("Two", "One"), texts(root, ViewKind.TAB), "the headers, topmost first");
        assertTrue(tab(root, "Two").has(ViewNode.SELECTED));
        assertFalse(tab(root, "One").has(ViewNode.SELECTED));
        assertEquals("Two", ofKind(root, ViewKind.TABS).get(0).text(), "the tab pane says which tab shows");
    }

    @Test
    void aCollapsedTitledPanesContentIsNotRecorded() {
        TitledPane open = new TitledPane("Open", new Label("open body"));
        TitledPane shut = new TitledPane("Shut", new Label("shut body"));
        Accordion accordion = new Accordion(open, shut);
        accordion.setExpandedPane(open);
        fx.show(new VBox(accordion), 300, 200);
        FxScenes.settle();
        try {
            Thread.sleep(400); // the accordion's expand animation
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        ViewNode root = fx.capture();
        assertTrue(showsText(root, "open body"));
        assertFalse(showsText(root, "shut body"));
        assertTrue(showsText(root, "Shut"), "a collapsed pane's title shows");
    }

    @Test
    void aSplitPaneShowsBothSidesEachInItsPart() {
        Label left = new Label("left side"), right = new Label("right side");
        SplitPane split = new SplitPane(new StackPane(left), new StackPane(right));
        split.setDividerPositions(0.3);
        fx.show(new VBox(split), 300, 200);
        ViewNode root = fx.capture();
        int[] l = shownBox(root, withText(root, "left side")), r = shownBox(root, withText(root, "right side"));
        assertNotNull(l);
        assertNotNull(r);
        assertTrue(
                l[0] + l[2] <= r[0], "left ends before right starts: " + Arrays.toString(l) + " " + Arrays.toString(r));
        assertTrue(r[0] >= 20 + 300 * 0.3 - 5, "the right side starts at the divider: " + Arrays.toString(r));
    }

    @Test
    void aToolBarHoldsItsButtons() {
        ToolBar bar = new ToolBar(new Button("New"), new Button("Open"), new CheckBox("Wrap"));
        fx.show(new VBox(bar), 300, 200);
        ViewNode root = fx.capture();
        ViewNode toolbar = ofKind(root, ViewKind.TOOLBAR).get(0);
        List<String> buttons = texts(toolbar, ViewKind.BUTTON);
        assertTrue(buttons.containsAll(Arrays.asList("New", "Open")), buttons.toString());
        assertEquals(Arrays.asList("Wrap"), texts(toolbar, ViewKind.CHECKBOX));
    }

    @Test
    void aCheckedBoxIsSelected() {
        CheckBox box = new CheckBox("Subscribe");
        box.setSelected(true);
        fx.show(new VBox(box, new CheckBox("Not me")), 300, 200);
        ViewNode root = fx.capture();
        assertTrue(withText(root, "Subscribe").has(ViewNode.SELECTED));
        assertFalse(withText(root, "Not me").has(ViewNode.SELECTED));
    }

    @Test
    void opacityIsRecordedAndInvisibleNodesAreNot() {
        Label faded = new Label("faded"), gone = new Label("transparent"), hidden = new Label("hidden");
        faded.setOpacity(0.5);
        gone.setOpacity(0);
        hidden.setVisible(false);
        fx.show(new VBox(faded, gone, hidden, new Label("plain")), 300, 200);
        ViewNode root = fx.capture();
        assertEquals(0.5f, withText(root, "faded").opacity(), 0.001);
        assertEquals(1f, withText(root, "plain").opacity(), 0.001);
        assertFalse(showsText(root, "transparent"));
        assertFalse(showsText(root, "hidden"));
    }

    @Test
    void aRotatedNodeIsPlacedByItsBoundsOnScreen() {
        Rectangle bar = new Rectangle(100, 20);
        bar.setRotate(90);
        bar.setLayoutX(50);
        bar.setLayoutY(50);
        fx.show(new Pane(bar), 300, 200);
        ViewNode root = fx.capture();
        ViewNode shape = ofKind(root, ViewKind.CUSTOM).get(0);
        int[] box = screenBox(root, shape);
        // Rotated about its centre (100, 60 in the pane): 20 wide, 100 tall.
        assertEquals(20, box[2]);
        assertEquals(100, box[3]);
        assertEquals(20 + 90, box[0]);
        assertEquals(30 + 10, box[1]);
    }

    @Test
    void aScaledContainersChildrenAreScaledWithIt() {
        Rectangle inner = new Rectangle(20, 20);
        inner.setLayoutX(10);
        inner.setLayoutY(10);
        Pane scaled = new Pane(inner);
        scaled.setLayoutX(100);
        scaled.setLayoutY(50);
        scaled.setPrefSize(40, 40);
        scaled.setScaleX(2);
        scaled.setScaleY(2);
        fx.show(new Pane(scaled), 300, 200);
        ViewNode root = fx.capture();
        int[] box = screenBox(root, ofKind(root, ViewKind.CUSTOM).get(0));
        // The pane (100..140) doubles about its centre 120: 80..160; the square 10..30 inside it to 100..140 across,
        // 50..90 down.
        assertEquals(Arrays.toString(new int[] {20 + 100, 30 + 50, 40, 40}), Arrays.toString(box));
    }

    @Test
    void aTransformInTheNodesListPlacesItsChildrenToo() {
        Rectangle bar = new Rectangle(100, 20);
        Pane turned = new Pane(bar);
        turned.setLayoutX(150);
        turned.setLayoutY(20);
        turned.getTransforms().add(new javafx.scene.transform.Rotate(90, 0, 0));
        fx.show(new Pane(turned), 300, 200);
        ViewNode root = fx.capture();
        int[] box = screenBox(root, ofKind(root, ViewKind.CUSTOM).get(0));
        // Turned a quarter about the pane's origin (150, 20): x 130..150, y 20..120.
        assertEquals(Arrays.toString(new int[] {20 + 130, 30 + 20, 20, 100}), Arrays.toString(box));
    }

    @Test
    void aNodeOutsideItsParentsClipIsLeftOut() {
        Label inside = new Label("inside"), outside = new Label("outside");
        outside.setLayoutY(500);
        Pane clipped = new Pane(inside, outside);
        clipped.setClip(new Rectangle(0, 0, 200, 100));
        fx.show(new VBox(clipped), 300, 200);
        ViewNode root = fx.capture();
        assertTrue(showsText(root, "inside"));
        assertFalse(showsText(root, "outside"), "it can never show");
        ViewNode pane = ViewTrees.pathTo(root, withText(root, "inside")).get(3);
        assertEquals(100, pane.height(), "the clipped pane's box is its clip");
    }
}
