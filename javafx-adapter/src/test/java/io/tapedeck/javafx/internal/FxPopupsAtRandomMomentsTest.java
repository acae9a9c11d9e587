package io.tapedeck.javafx.internal;

import static io.tapedeck.javafx.internal.FxScenes.fx;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.ViewTrees;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Popups shown at random moments while the FX-thread budget is being spent: each must be in
 * the recording while it shows, and gone from it once hidden (the JavaFX twin of the Swing
 * adapter's {@code PopupsAtRandomMomentsTest}). A chart of many points is drawn again now and
 * then, and recording it spends the whole budget for a second; a popup held back for that
 * second shows late, and one that closes sooner is never recorded at all. The budget is 2 ms a
 * second against a chart that takes a few ms to record: the default 20 ms against a slow chart,
 * at a tenth of the time. A latency is counted from the call that shows the popup, so it
 * includes that call's own time on the FX thread (the first of each kind loads its skin).
 */
class FxPopupsAtRandomMomentsTest {
    private static final int POPUPS = 200;
    /**
     * How long a popup waits to be recorded (and, hidden, to be gone): shorter than the budget's
     * one-second window, so a capture held back by the budget misses it, as it would miss a
     * popup a user closes within the second; far longer than the 50 ms between captures.
     */
    private static final long SHOWN_MS = 750;
    /** FX-thread time captures may spend per second. */
    private static final int BUDGET_MS = 2;
    /**
     * The chart's points: recording it again (one SVG path of them) takes 2–3 ms, more than the
     * whole budget of a second, at every redraw.
     */
    private static final int CHART_POINTS = 10000;

    /** The kinds of window JavaFX shows over an app's stage. */
    private enum Kind {
        CONTEXT_MENU,
        TOOLTIP,
        POPUP,
        COMBO_BOX_LIST,
        STAGE
    }

    private volatile ViewNode latest;
    private final CaptureSink sink = new CaptureSink() {
        @Override
        public void snapshot(ViewNode desktop, long ts) {
            latest = desktop;
        }

        @Override
        public void mouseMove(long key, int x, int y, long ts) {}

        @Override
        public void mouseAction(MouseAction a, long key, int x, int y, long ts) {}
    };
    private FxRecorder recorder;
    private PauseTransition redraw;

    @BeforeAll
    static void startToolkit() {
        FxScenes.startToolkit();
    }

    @AfterEach
    void cleanUp() {
        if (recorder != null) recorder.stop();
        fx(() -> {
            if (redraw != null) redraw.stop();
            for (Window w : new ArrayList<>(Window.getWindows())) w.hide();
        });
    }

    @Test
    void everyPopupShownAtARandomMomentIsRecordedWhileItShows() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Random chartRandom = new Random(seed + 1); // the FX thread's own
        Polyline chart = new Polyline();
        Label owner = new Label("Popups");
        ContextMenu menu = new ContextMenu(new MenuItem());
        Tooltip tip = new Tooltip();
        Popup popup = new Popup();
        Label popupLabel = new Label();
        popupLabel.setStyle("-fx-background-color: white; -fx-padding: 4;");
        popup.getContent().add(popupLabel);
        ComboBox<String> combo = new ComboBox<>();
        Stage[] stage = new Stage[2]; // the app's, and the one shown over it
        fx(() -> {
            owner.setLayoutX(10);
            owner.setLayoutY(10);
            combo.setLayoutX(10);
            combo.setLayoutY(40);
            chart.setLayoutY(200);
            redrawChart(chart, chartRandom);
            stage[0] = new Stage();
            stage[0].setTitle("Popups");
            stage[0].setScene(new Scene(new Pane(owner, combo, chart), 320, 340));
            stage[0].setX(20);
            stage[0].setY(30);
            stage[0].show();
            // The app draws its chart again at random moments, a few times a second.
            redraw = new PauseTransition(Duration.millis(100));
            redraw.setOnFinished(e -> {
                redrawChart(chart, chartRandom);
                redraw.setDuration(Duration.millis(100 + chartRandom.nextInt(300)));
                redraw.playFromStart();
            });
            redraw.play();
        });
        // 20 captures a second (the tests' rate), no resync to help.
        recorder = FxRecorder.start(20, BUDGET_MS, FxScenes.SHOW, sink);
        awaitRecorded(n -> !ViewTrees.all(n, v -> "Popups".equals(v.text())).isEmpty(), 10_000, "the stage");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (recorder.skippedForBudget() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertTrue(
                recorder.skippedForBudget() > 0,
                "the chart alone keeps the FX-thread budget spent, as it should for this test");

        List<Long> latencies = new ArrayList<>();
        List<Long> goneAfter = new ArrayList<>();
        for (int i = 0; i < POPUPS; i++) {
            Thread.sleep(random.nextInt(60)); // a random moment, relative to the chart's redraws
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            String text = "popup " + i;
            double x = 20 + random.nextInt(200);
            double y = 30 + random.nextInt(150);
            long shownAt = System.nanoTime();
            fx(() -> {
                switch (kind) {
                    case CONTEXT_MENU:
                        menu.getItems().get(0).setText(text);
                        menu.show(owner, x, y);
                        break;
                    case TOOLTIP: // shown from code, as an app shows a hint
                        tip.setText(text);
                        tip.show(stage[0], x, y);
                        break;
                    case POPUP:
                        popupLabel.setText(text);
                        popup.show(stage[0], x, y);
                        break;
                    case COMBO_BOX_LIST:
                        combo.setItems(FXCollections.observableArrayList(text));
                        combo.show();
                        break;
                    default:
                        stage[1] = new Stage();
                        stage[1].setScene(new Scene(new Pane(new Label(text)), 160, 60));
                        stage[1].setX(x);
                        stage[1].setY(y);
                        stage[1].show();
                        break;
                }
            });
            Predicate<ViewNode> showing =
                    n -> !ViewTrees.all(n, v -> text.equals(v.text())).isEmpty();
            awaitRecorded(showing, SHOWN_MS, kind + " " + text + " shown (seed " + seed + ")");
            latencies.add((System.nanoTime() - shownAt) / 1_000_000);

            long hiddenAt = System.nanoTime();
            fx(() -> {
                menu.hide();
                tip.hide();
                popup.hide();
                combo.hide();
                if (stage[1] != null) stage[1].hide();
            });
            awaitRecorded(showing.negate(), SHOWN_MS, kind + " " + text + " hidden (seed " + seed + ")");
            goneAfter.add((System.nanoTime() - hiddenAt) / 1_000_000);
        }
        Collections.sort(latencies);
        Collections.sort(goneAfter);
        System.out.printf(
                "%d popups recorded; from show to recorded: median %d ms, max %d ms; from hide to gone: median %d ms,"
                        + " max %d ms; %d captures skipped for the budget%n",
                POPUPS,
                latencies.get(POPUPS / 2),
                latencies.get(POPUPS - 1),
                goneAfter.get(POPUPS / 2),
                goneAfter.get(POPUPS - 1),
                recorder.skippedForBudget());
        assertTrue(recorder.isCapturing());
    }

    /** New points for the whole chart: JavaFX marks it changed, and the next capture records it again. */
    private static void redrawChart(Polyline chart, Random random) {
        Double[] points = new Double[CHART_POINTS * 2];
        double value = 50;
        for (int i = 0; i < CHART_POINTS; i++) {
            value = Math.max(0, Math.min(100, value + random.nextGaussian() * 5));
            points[2 * i] = i * 300.0 / CHART_POINTS;
            points[2 * i + 1] = value;
        }
        chart.getPoints().setAll(points);
    }

    /** The latest snapshot satisfies {@code condition} within {@code withinMs}, or the test fails. */
    private void awaitRecorded(Predicate<ViewNode> condition, long withinMs, String what) throws InterruptedException {
        long deadline = System.nanoTime() + withinMs * 1_000_000;
        while (System.nanoTime() < deadline) {
            ViewNode n = latest;
            if (n != null && condition.test(n)) return;
            Thread.sleep(5);
        }
        throw new AssertionError("not recorded within " + withinMs + " ms: " + what
                + "; captures skipped for the budget: " + recorder.skippedForBudget());
    }
}
