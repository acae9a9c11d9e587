package io.tapedeck.javafx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.RecordingSink;
import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** Pointer and focus input of a real (headless, Monocle) JavaFX stage reaches the sink on the node it hit. */
class FxInputRecorderTest extends FxRecordingTest {

    private static long keyWithText(ViewNode n, String text) {
        if (text.equals(n.text())) return n.key();
        for (ViewNode c : n.children()) {
            long k = keyWithText(c, text);
            if (k != 0) return k;
        }
        return 0;
    }

    private long awaitKeyOf(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (!sink.snapshots.isEmpty()) {
                long k = keyWithText(sink.snapshots.get(sink.snapshots.size() - 1), text);
                if (k != 0) return k;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no capture showed " + text);
    }

    private static void click(Button button) {
        Point2D screen = button.localToScreen(10, 5);
        for (javafx.event.EventType<MouseEvent> type :
                List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(
                    button,
                    new MouseEvent(
                            type,
                            10,
                            5,
                            screen.getX(),
                            screen.getY(),
                            MouseButton.PRIMARY,
                            1,
                            false,
                            false,
                            false,
                            false,
                            true,
                            false,
                            false,
                            true,
                            false,
                            true,
                            null));
        }
    }

    @Test
    void aClickIsReportedOnTheControlAtItsScreenPosition() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        Button save = new Button("Save");
        FxScenes.fx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(8, new TextField("Ada"), save), 200, 120));
            stage.setX(40);
            stage.setY(30);
            stage.show();
        });
        long key = awaitKeyOf("Save");
        Point2D[] at = new Point2D[1];
        FxScenes.fx(() -> {
            at[0] = save.localToScreen(10, 5);
            click(save);
        });
        List<MouseAction> onSave = sink.actions.stream()
                .filter(a -> a.key() == key)
                .map(RecordingSink.Action::action)
                .toList();
        // Pressing a button also focuses it, as in the app.
        assertEquals(
                List.of(MouseAction.MOUSE_DOWN, MouseAction.FOCUS, MouseAction.MOUSE_UP, MouseAction.CLICK), onSave);
        RecordingSink.Action click = sink.actions.stream()
                .filter(a -> a.action() == MouseAction.CLICK)
                .findFirst()
                .orElseThrow();
        assertEquals((int) Math.round(at[0].getX()), click.x(), "screen pixels: core maps them onto the desktop");
        assertEquals((int) Math.round(at[0].getY()), click.y());
    }

    @Test
    void focusMovingBetweenControlsIsABlurAndAFocus() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        TextField name = new TextField("Ada");
        Button save = new Button("Save");
        FxScenes.fx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(8, name, save), 200, 120));
            stage.show();
            name.requestFocus();
        });
        long saveKey = awaitKeyOf("Save"), nameKey = awaitKeyOf("Ada");
        sink.actions.clear();
        FxScenes.fx(save::requestFocus);
        assertTrue(
                sink.actions.contains(new RecordingSink.Action(
                        MouseAction.BLUR,
                        nameKey,
                        sink.actions.get(0).x(),
                        sink.actions.get(0).y())),
                sink.actions.toString());
        assertTrue(
                sink.actions.stream().anyMatch(a -> a.action() == MouseAction.FOCUS && a.key() == saveKey),
                sink.actions.toString());
    }

    @Test
    void afterStopNoInputIsReported() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        Button save = new Button("Save");
        FxScenes.fx(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new VBox(save), 200, 120));
            stage.show();
        });
        awaitKeyOf("Save");
        recorder.stop();
        FxScenes.fx(() -> {}); // the stop's clean-up runs on the FX thread first
        sink.actions.clear();
        FxScenes.fx(() -> click(save));
        assertFalse(sink.actions.stream().anyMatch(a -> a.action() == MouseAction.CLICK), sink.actions.toString());
    }
}
