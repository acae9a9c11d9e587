package io.tapedeck.javafx.internal;

import static io.tapedeck.testing.ViewTrees.all;
import static io.tapedeck.testing.ViewTrees.walk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/** The JavaFX adapter on a real (headless, Monocle) JavaFX toolkit. */
class FxRecorderTest extends FxRecordingTest {

    private void show(javafx.scene.Parent root, double w, double h) {
        stage = FxScenes.showStage(root, w, h);
    }

    private ViewNode await(Predicate<ViewNode> condition, String what) throws InterruptedException {
        return sink.await(condition, 10_000, what);
    }

    private static String drawnText(ViewNode root) {
        StringBuilder sb = new StringBuilder();
        walk(root, n -> {
            if (n.drawing() != null) {
                for (DrawElement e : n.drawing().elements())
                    if (e.text() != null) sb.append(e.text()).append('\n');
            }
        });
        return sb.toString();
    }

    @Test
    void anErrorDuringCaptureStopsRecordingWithOneLineAndNothingReachesJavaFx() throws Exception {
        List<String> logLines = new CopyOnWriteArrayList<>();
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Consumer<String> previousLog = Log.swapSinkForTests(logLines::add);
        Thread.UncaughtExceptionHandler previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        try {
            AtomicInteger snapshotCalls = new AtomicInteger();
            CaptureSink failing = new CaptureSink() {
                @Override
                public void snapshot(ViewNode desktop, long ts) {
                    snapshotCalls.incrementAndGet();
                    throw new IllegalStateException("boom in snapshot"); // as a bug of ours would
                }

                @Override
                public void mouseMove(long key, int x, int y, long ts) {}

                @Override
                public void mouseAction(MouseAction a, long key, int x, int y, long ts) {}
            };
            Label label = new Label("Failing");
            show(new VBox(label), 200, 100);
            recorder = FxRecorder.start(20, SHOW, failing);
            long deadline = System.currentTimeMillis() + 10_000;
            while ((recorder.isCapturing() || logLines.isEmpty()) && System.currentTimeMillis() < deadline)
                Thread.sleep(10);

            FxTestKit.fxRun(() -> label.setText("changed"));
            Thread.sleep(300);
            FxTestKit.fxRun(() -> {});

            assertFalse(recorder.isCapturing(), "capture is switched off");
            assertEquals(1, snapshotCalls.get(), "no capture after the failure");
            assertEquals(1, logLines.size(), "logged once: " + logLines);
            assertTrue(
                    logLines.get(0).contains("JavaFX capture stopped")
                            && logLines.get(0).contains("boom in snapshot"),
                    logLines.get(0));
            assertTrue(uncaught.isEmpty(), "nothing thrown into JavaFX: " + uncaught);
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previousHandler);
            Log.swapSinkForTests(previousLog);
        }
    }

    @Test
    void aStageIsAWindowOfControlsDrawnAsTheyLook() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        Label label = new Label("Quarterly report");
        Button button = new Button("Save");
        button.setStyle("-fx-background-color: #3366cc; -fx-background-radius: 4;");
        show(new VBox(8, label, button, new TextField("Ada")), 300, 200);
        ViewNode root = await(
                r -> drawnText(r).contains("Quarterly report") && drawnText(r).contains("Ada"), "the controls");
        ViewNode window = root.children().get(0);
        assertEquals(ViewKind.WINDOW, window.kind());
        assertEquals("FX test", window.text());
        assertEquals(300, window.width());
        ViewNode save = all(root, n -> n.kind() == ViewKind.BUTTON).get(0);
        assertTrue(
                save.drawing().elements().stream()
                        .anyMatch(e -> "#3366cc".equals(e.attribute("fill")) && "4".equals(e.attribute("rx"))),
                "the button's CSS background, radius included: " + save.drawing());
        assertTrue(save.children().isEmpty(), "a button is drawn whole, its skin inside its drawing");
    }

    @Test
    void modenasGradientsAndCssShapesAreDrawn() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        javafx.scene.control.ComboBox<String> combo = new javafx.scene.control.ComboBox<>();
        combo.getItems().add("Active");
        combo.setValue("Active");
        show(new VBox(8, new Button("Plain"), combo), 200, 120);
        ViewNode root =
                await(r -> drawnText(r).contains("Plain") && drawnText(r).contains("Active"), "button and combo");
        ViewNode button = all(root, n -> n.kind() == ViewKind.BUTTON).get(0);
        assertTrue(
                button.drawing().elements().stream().anyMatch(e -> e.tag().equals("linearGradient")),
                "Modena's button is a gradient: " + button.drawing());
        assertTrue(
                button.drawing().elements().stream()
                        .anyMatch(e -> String.valueOf(e.attribute("fill")).startsWith("url(#f")),
                "filled with it, by an id of its own");
        ViewNode box = all(root, n -> n.kind() == ViewKind.COMBO).get(0);
        assertTrue(
                box.drawing().elements().stream().anyMatch(e -> e.tag().equals("path") && e.attribute("d") != null),
                "the combo's arrow (a CSS shape) is a path: " + box.drawing());
    }

    @Test
    void aChangedTextIsANewCapture() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        Label label = new Label("before");
        show(new VBox(label), 200, 100);
        await(r -> drawnText(r).contains("before"), "before");
        FxTestKit.fxRun(() -> label.setText("after"));
        await(r -> drawnText(r).contains("after") && !drawnText(r).contains("before"), "after");
    }

    @Test
    void aMarkerSetFromCodeOnAShownNodeTakesEffectAtTheNextCapture() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink); // its resync is an hour away
        Label card = new Label("Card 4111 1111");
        show(new VBox(card), 200, 100);
        ViewNode before = await(r -> drawnText(r).contains("4111"), "the card number");
        assertTrue(all(before, n -> n.marker() == PrivacyMarker.MASK).isEmpty());
        Markers.set(card, PrivacyMarker.MASK); // what Tapedeck.mask(node) does; no node changes
        try {
            // Core masks what a marked view shows; the adapter hands it the marker.
            await(
                    r -> !all(
                                    r,
                                    n -> n.marker() == PrivacyMarker.MASK
                                            && n.drawing() != null
                                            && drawnText(n).contains("4111"))
                            .isEmpty(),
                    "the card's label marked MASK");
        } finally {
            Markers.set(card, PrivacyMarker.NONE);
        }
    }

    @Test
    void aPasswordIsNeverRead() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        PasswordField password = new PasswordField();
        password.setText("hunter2secret");
        show(new VBox(new Label("Password"), password), 200, 100);
        ViewNode root = await(r -> !all(r, n -> n.kind() == ViewKind.PASSWORD).isEmpty(), "the password field");
        ViewNode field = all(root, n -> n.kind() == ViewKind.PASSWORD).get(0);
        assertNull(field.text());
        assertNull(field.drawing());
        assertFalse(drawnText(root).contains("hunter2"));
    }

    @Test
    void aNodeStyledTapedeckBlockIsABareBox() throws Exception {
        recorder = FxRecorder.start(20, SHOW, sink);
        Label secret = new Label("patient record");
        secret.getStyleClass().add(FxPrivacyFacts.BLOCK);
        show(new VBox(new Label("visible"), secret), 200, 100);
        ViewNode root = await(r -> drawnText(r).contains("visible"), "the visible label");
        assertFalse(drawnText(root).contains("patient"));
        assertEquals(1, all(root, n -> n.has(ViewNode.BLOCKED)).size());
    }
}
