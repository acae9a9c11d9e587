package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.fx;
import static io.tapedeck.javafx.internal.FxScenes.on;
import static io.tapedeck.javafx.internal.FxScenes.screenBox;
import static io.tapedeck.javafx.internal.FxScenes.withText;
import static io.tapedeck.testing.ViewTrees.all;
import static io.tapedeck.testing.ViewTrees.pathTo;
import static io.tapedeck.testing.ViewTrees.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Captures that read only what changed (JavaFX's dirty nodes, {@link FxChangeTracker}): the work
 * and the new view nodes follow the change, and every kind of change is still recorded.
 */
class FxIncrementalCaptureTest {
    private FxScenes fx = new FxScenes(new FxChangeTracker());

    @BeforeAll
    static void dirtyInformationIsReadableOnTheClassPath() {
        FxScenes.startToolkit();
        assertTrue(
                FxChangeTracker.readable(), "JavaFX is on the class path in these tests: its dirty lists can be read");
    }

    @AfterEach
    void closeWindows() {
        fx.close();
    }

    /** A capture as the recorder takes one: after pulses ran (no extra CSS or layout of ours). */
    private ViewNode capture() {
        return fx.captureAsRecorded(false);
    }

    private int drawings() {
        return on(() -> fx.snapshots.drawingsMade);
    }

    /** A form of 80 rows (label, field, check box, button): about 400 nodes. */
    static GridPane bigForm(Label[] labels) {
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(2);
        for (int row = 0; row < labels.length; row++) {
            labels[row] = new Label("Label " + (100 + row));
            labels[row].setMinWidth(90);
            labels[row].setPrefWidth(90);
            labels[row].setMaxWidth(90);
            form.add(labels[row], row / 40 * 4, row % 40);
            form.add(new TextField("value " + row), row / 40 * 4 + 1, row % 40);
            form.add(new CheckBox("on"), row / 40 * 4 + 2, row % 40);
            form.add(new Button("Edit"), row / 40 * 4 + 3, row % 40);
        }
        return form;
    }

    private static Set<ViewNode> identities(ViewNode root) {
        Set<ViewNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(root, seen::add);
        return seen;
    }

    private static String drawnText(ViewNode root) {
        StringBuilder sb = new StringBuilder();
        walk(root, n -> {
            if (n.drawing() == null) return;
            for (DrawElement e : n.drawing().elements()) {
                if (e.text() != null) sb.append(e.text()).append('\n');
                for (DrawElement c : e.children())
                    if (c.text() != null) sb.append(c.text()).append('\n');
            }
        });
        return sb.toString();
    }

    @Test
    void aChangedLabelInABigWindowIsTheOnlyNodeReadAgain() {
        Label[] labels = new Label[80];
        GridPane form = bigForm(labels);
        fx.show(form, 1000, 900);
        fx(form::requestFocus); // no focused field: its blinking caret would be a change of its own
        ViewNode first = capture();
        int nodes = identities(first).size();
        assertTrue(nodes > 300, "a big window: " + nodes + " view nodes");
        ViewNode unchanged = capture();
        assertSame(first, unchanged, "nothing changed: the same tree");

        int before = drawings();
        fx(() -> labels[57].setText("Label 999"));
        ViewNode after = capture();
        int drawn = drawings() - before;

        ViewNode label = withText(after, "Label 999");
        List<ViewNode> path = pathTo(after, label);
        Set<ViewNode> old = identities(first);
        int fresh = 0;
        for (ViewNode n : identities(after)) {
            if (old.contains(n)) continue;
            fresh++;
            assertTrue(path.stream().anyMatch(p -> p == n), "only the label and what holds it are new: " + n);
        }
        assertTrue(fresh <= path.size(), fresh + " new view nodes for a path of " + path.size());
        assertEquals(1, drawn, "one drawing made again (the label's), not " + drawn + " of " + nodes);
        assertTrue(drawnText(after).contains("Label 999") && !drawnText(after).contains("Label 157"));
    }

    @Test
    void typingIntoATextFieldIsRecorded() {
        TextField name = new TextField();
        Label[] labels = new Label[20];
        fx.show(new VBox(8, name, bigForm(labels)), 900, 700);
        fx(name::requestFocus);
        capture();
        int before = drawings();
        for (char c : "Ada".toCharArray()) {
            fx(() -> Event.fireEvent(
                    name,
                    new KeyEvent(
                            KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false)));
            ViewNode typed = capture();
            String sofar = on(name::getText);
            ViewNode field = all(typed, n -> n.kind() == ViewKind.TEXT_FIELD && sofar.equals(n.text()))
                    .get(0);
            assertTrue(drawnText(field).contains(sofar), "the field shows \"" + sofar + "\": " + field.drawing());
        }
        assertEquals("Ada", on(name::getText));
        int drawn = drawings() - before;
        assertTrue(drawn <= 3 * 4, "typing redraws the field (and its neighbours at most), not the window: " + drawn);
    }

    @Test
    void aNodeHiddenRemovedAddedOrMovedIsRecorded() {
        Label a = new Label("Alpha"), b = new Label("Bravo"), c = new Label("Charlie");
        Pane free = new Pane(new Rectangle(10, 10));
        Label moving = new Label("Mover");
        free.getChildren().add(moving);
        VBox box = new VBox(4, a, b, c, free);
        fx.show(box, 300, 300);
        ViewNode first = capture();
        assertTrue(drawnText(first).contains("Bravo"));
        int[] at = screenBox(first, withText(first, "Mover"));

        fx(() -> b.setVisible(false));
        assertTrue(!drawnText(capture()).contains("Bravo"), "hidden");
        fx(() -> box.getChildren().remove(c));
        assertTrue(!drawnText(capture()).contains("Charlie"), "removed");
        fx(() -> box.getChildren().add(1, new Label("Delta")));
        ViewNode added = capture();
        assertTrue(drawnText(added).contains("Delta"), "added");
        fx(() -> moving.relocate(60, 25));
        ViewNode moved = capture();
        int[] now = screenBox(moved, withText(moved, "Mover"));
        assertNotEquals(at[0], now[0], "moved right");
        fx(() -> b.setVisible(true));
        assertTrue(drawnText(capture()).contains("Bravo"), "shown again");
    }

    @Test
    void aChangeInsideAHiddenOrClippedAwayParentShowsWhenItShowsAgain() {
        Label hiddenLabel = new Label("inside hidden");
        VBox hidden = new VBox(new VBox(hiddenLabel));
        Label clippedLabel = new Label("inside clipped");
        VBox row = new VBox(new VBox(clippedLabel));
        Pane viewport = new Pane(row);
        viewport.setPrefSize(200, 40);
        viewport.setMinSize(200, 40);
        viewport.setMaxSize(200, 40);
        viewport.setClip(new Rectangle(200, 40));
        fx.show(new VBox(hidden, viewport), 300, 200);
        capture();

        fx(() -> hidden.setVisible(false));
        capture();
        fx(() -> row.setLayoutY(500)); // clipped away: the capture stops at the row
        capture();
        fx(() -> {
            hiddenLabel.setText("changed hidden");
            clippedLabel.setText("changed clipped");
        });
        ViewNode meanwhile = capture();
        assertTrue(!drawnText(meanwhile).contains("changed"), "neither shows");
        fx(() -> {
            hidden.setVisible(true);
            row.setLayoutY(0);
        });
        ViewNode back = capture();
        assertTrue(drawnText(back).contains("changed hidden"), "the hidden label's change: " + drawnText(back));
        assertTrue(drawnText(back).contains("changed clipped"), "the clipped label's change: " + drawnText(back));
    }

    @Test
    void withoutDirtyInformationEveryCaptureReadsEverything() {
        fx.close();
        fx = new FxScenes(new FxChangeTracker(false));
        Label[] labels = new Label[40];
        Parent form = bigForm(labels);
        fx.show(form, 1000, 900);
        capture();
        int before = drawings();
        fx(() -> labels[3].setText("Label 777"));
        ViewNode after = capture();
        int drawn = drawings() - before;
        assertTrue(drawnText(after).contains("Label 777"), "the change is recorded");
        assertTrue(drawn > 150, "every node drawn again: " + drawn);
    }

    @Test
    void aWindowShownLaterIsReadWhole() {
        Label label = new Label("Main");
        fx.show(new VBox(label), 200, 100);
        capture();
        Label other = new Label("Second window");
        fx(() -> {
            javafx.stage.Stage second = new javafx.stage.Stage();
            second.setScene(new javafx.scene.Scene(new VBox(other), 200, 100));
            second.show();
        });
        ViewNode both = capture();
        assertTrue(drawnText(both).contains("Second window") && drawnText(both).contains("Main"));
        fx(() -> other.getScene().getWindow().hide());
        assertTrue(!drawnText(capture()).contains("Second window"));
        fx(() -> {
            other.setText("Second again");
            ((javafx.stage.Stage) other.getScene().getWindow()).show();
        });
        assertTrue(drawnText(capture()).contains("Second again"), "shown again, as it is now");
    }

    @Test
    void theResyncReadsEverything() {
        assumeTrue(FxChangeTracker.readable());
        Label[] labels = new Label[40];
        fx.show(bigForm(labels), 1000, 900);
        capture();
        int before = drawings();
        ViewNode same = fx.captureAsRecorded(true);
        assertTrue(drawings() - before > 150, "every node drawn again");
        assertTrue(drawnText(same).contains("Label 100"));
    }
}
