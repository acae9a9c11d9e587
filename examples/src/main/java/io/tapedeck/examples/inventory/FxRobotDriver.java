package io.tapedeck.examples.inventory;

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
 * Drives the real mouse and keyboard like a person would, from a plain thread. The JavaFX
 * {@link Robot} must be used on the FX thread, so every call is handed to it and waited for;
 * the pauses between calls happen here, off it, so the app keeps painting.
 */
final class FxRobotDriver {
    private final Robot robot;
    private final int keyDelayMs;
    private Point2D mouse = Point2D.ZERO;
    private Point2D lastClickAt;

    FxRobotDriver(int keyDelayMs) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the driver must not run on the FX thread");
        }
        this.robot = onFx(Robot::new);
        this.keyDelayMs = keyDelayMs;
    }

    /** Runs {@code task} on the FX thread and returns its result (it keeps running in dialogs' nested loops). */
    <T> T onFx(Callable<T> task) {
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

    void onFx(Runnable task) {
        onFx(() -> {
            task.run();
            return null;
        });
    }

    /** The screen point at the centre of a showing node. */
    Point2D centerOf(Supplier<? extends Node> node) {
        return onFx(() -> center(node.get()));
    }

    static Point2D center(Node n) {
        if (n == null || n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            throw new IllegalStateException("not showing: " + n);
        }
        Bounds b = n.localToScreen(n.getBoundsInLocal());
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /** Moves the mouse in small steps so the replay shows a believable path. */
    void glideTo(Point2D target) {
        int steps = 10;
        Point2D from = mouse;
        for (int i = 1; i <= steps; i++) {
            double x = from.getX() + (target.getX() - from.getX()) * i / steps;
            double y = from.getY() + (target.getY() - from.getY()) * i / steps;
            onFx(() -> robot.mouseMove(x, y));
            sleep(18);
        }
        mouse = target;
    }

    void click(Point2D at) {
        click(at, MouseButton.PRIMARY);
    }

    void click(Point2D at, MouseButton button) {
        lastClickAt = at;
        glideTo(at);
        onFx(() -> robot.mousePress(button));
        sleep(40);
        onFx(() -> robot.mouseRelease(button));
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
        onFx(() -> robot.mouseWheel(notches));
        idle();
    }

    void type(String text) {
        for (char c : text.toCharArray()) {
            FxKeys.Stroke stroke = FxKeys.strokeFor(c);
            onFx(() -> {
                if (stroke.shift) {
                    robot.keyPress(KeyCode.SHIFT);
                }
                robot.keyPress(stroke.key);
                robot.keyRelease(stroke.key);
                if (stroke.shift) {
                    robot.keyRelease(KeyCode.SHIFT);
                }
            });
            sleep(keyDelayMs);
        }
        idle();
    }

    /** Presses keys together, e.g. {@code chord(CONTROL, A)}. */
    void chord(KeyCode... keys) {
        onFx(() -> {
            for (KeyCode key : keys) {
                robot.keyPress(key);
            }
            for (int i = keys.length - 1; i >= 0; i--) {
                robot.keyRelease(keys[i]);
            }
        });
        sleep(keyDelayMs);
        idle();
    }

    /** Polls {@code condition} on the FX thread until it holds; fails the step after {@code timeoutMs}. */
    void waitFor(String what, Callable<Boolean> condition, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!Boolean.TRUE.equals(onFx(condition))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    /** Lets the app handle what was just typed or clicked: a short pause, then a round trip through the FX queue. */
    void idle() {
        sleep(30);
        onFx(() -> null);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
