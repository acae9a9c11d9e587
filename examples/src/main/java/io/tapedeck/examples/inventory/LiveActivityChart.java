package io.tapedeck.examples.inventory;

import java.util.Random;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;

/**
 * "Picks per minute, live": a sparkline drawn on a {@link Canvas} that takes a new value and
 * redraws every second while it is showing, like a warehouse dashboard. Seeded, so runs compare.
 */
final class LiveActivityChart extends Canvas {
    static final int POINTS = 60;
    private static final Color LINE = Color.web("#1f6fb2");
    private final int[] values = new int[POINTS];
    private final Random random = new Random(42);
    private final Timeline timeline = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    LiveActivityChart(double width, double height) {
        super(width, height);
        setId("livePicks");
        for (int i = 0; i < POINTS; i++) {
            values[i] = next(i == 0 ? 50 : values[i - 1]);
        }
        timeline.setCycleCount(Timeline.INDEFINITE);
        // Only tick while on screen: a hidden dashboard costs nothing.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) {
                timeline.stop();
            } else {
                timeline.play();
            }
        });
        draw();
    }

    private int next(int around) {
        return Math.max(5, Math.min(95, around + random.nextInt(21) - 10));
    }

    private void tick() {
        System.arraycopy(values, 1, values, 0, POINTS - 1);
        values[POINTS - 1] = next(values[POINTS - 2]);
        draw();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setStroke(Color.web("#cccccc"));
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        g.setFill(Color.web("#444444"));
        g.setFont(Font.font(12));
        g.fillText("Picks/min (live)", 8, 17);
        g.setFill(LINE);
        g.setFont(Font.font(18));
        g.fillText(Integer.toString(values[POINTS - 1]), 8, 40);
        double left = 120;
        double plotW = w - left - 8;
        double plotH = h - 10;
        g.beginPath();
        for (int i = 0; i < POINTS; i++) {
            double x = left + plotW * i / (POINTS - 1);
            double y = 5 + plotH * (1 - values[i] / 100.0);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.setLineWidth(1.5);
        g.setStroke(LINE);
        g.stroke();
    }
}
