package io.tapedeck.examples.inventory;

import io.tapedeck.examples.autopilot.RobotDriver;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.robot.Robot;

/**
 * The JavaFX column of {@link RobotDriver}. The JavaFX {@link Robot} must be used on the FX
 * thread, so every call is handed to it and waited for; the pauses between calls happen here,
 * off it, so the app keeps painting.
 */
final class FxRobotDriver extends RobotDriver<KeyCode> {
    private final Robot robot;
    private Point2D mouse = Point2D.ZERO;
    private Point2D lastClickAt;

    FxRobotDriver(int keyDelayMs) {
        super(keyDelayMs, KeyCode.SHIFT, FxKeys::strokeFor);
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the driver must not run on the FX thread");
        }
        this.robot = onUiThread(Robot::new);
    }

    /** Runs {@code task} on the FX thread and returns its result (it keeps running in dialogs' nested loops). */
    @Override
    public <T> T onUiThread(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within 10 s", e);
        }
    }

    void onUiThread(Runnable task) {
        onUiThread(() -> {
            task.run();
            return null;
        });
    }

    /** The screen point at the centre of a showing node. */
    Point2D centerOf(Supplier<? extends Node> node) {
        return onUiThread(() -> center(node.get()));
    }

    static Point2D center(Node n) {
        if (n == null
                || n.getScene() == null
                || n.getScene().getWindow() == null
                || !n.getScene().getWindow().isShowing()) {
            throw new IllegalStateException("not showing: " + n);
        }
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /** Moves the mouse in small steps so the replay shows a believable path. */
    void glideTo(Point2D target) {
        glide(mouse.getX(), mouse.getY(), target.getX(), target.getY());
        mouse = target;
    }

    @Override
    protected void moveMouse(double x, double y) {
        onUiThread(() -> robot.mouseMove(x, y));
    }

    void click(Point2D at) {
        click(at, MouseButton.PRIMARY);
    }

    void click(Point2D at, MouseButton button) {
        lastClickAt = at;
        glideTo(at);
        onUiThread(() -> robot.mousePress(button));
        sleep(40);
        onUiThread(() -> robot.mouseRelease(button));
        idle();
    }

    void click(Supplier<? extends Node> node) {
        click(centerOf(node));
    }

    void rightClick(Point2D at) {
        click(at, MouseButton.SECONDARY);
    }

    Point2D lastClickAt() {
        return lastClickAt;
    }

    /** Positive notches scroll down (towards the end), as with a mouse wheel turned towards you. */
    void wheel(int notches) {
        onUiThread(() -> robot.mouseWheel(notches));
        idle();
    }

    @Override
    protected void pressKey(KeyCode key) {
        robot.keyPress(key);
    }

    @Override
    protected void releaseKey(KeyCode key) {
        robot.keyRelease(key);
    }

    /** On the FX thread, where the JavaFX Robot must be used. */
    @Override
    protected void robotInput(Runnable input) {
        onUiThread(input);
    }
}
