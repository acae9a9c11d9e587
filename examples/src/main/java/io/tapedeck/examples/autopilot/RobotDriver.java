package io.tapedeck.examples.autopilot;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Drives the real mouse and keyboard like a person would, from a plain thread, whatever the
 * toolkit: every look at the app happens on its UI thread ({@link #onUiThread}), every pause
 * off it, so the app keeps painting. A subclass per toolkit ({@code SwingRobotDriver},
 * {@code FxRobotDriver}) says how its robot moves, clicks and presses keys.
 *
 * @param <K> the toolkit's key code: an AWT {@code VK_} code, a JavaFX {@code KeyCode}
 */
public abstract class RobotDriver<K> {
    private final int keyDelayMs;
    private final K shift;
    private final Function<Character, Stroke<K>> keyboard;

    /**
     * @param shift the toolkit's code of the Shift key
     * @param keyboard the key (and whether with Shift) that types a character on a US keyboard,
     *     in the toolkit's key codes
     */
    protected RobotDriver(int keyDelayMs, K shift, Function<Character, Stroke<K>> keyboard) {
        this.keyDelayMs = keyDelayMs;
        this.shift = shift;
        this.keyboard = keyboard;
    }

    /** Runs {@code task} on the toolkit's UI thread, waits for it and returns its result. */
    public abstract <T> T onUiThread(Callable<T> task);

    /** Puts the mouse at a screen point, at once. */
    protected abstract void moveMouse(double x, double y);

    protected abstract void pressKey(K key);

    protected abstract void releaseKey(K key);

    /** Runs robot input where the toolkit's robot must run (AWT's off the EDT, JavaFX's on the FX thread). */
    protected abstract void robotInput(Runnable input);

    /** Moves the mouse from one screen point to another in small steps, so the replay shows a believable path. */
    protected final void glide(double fromX, double fromY, double toX, double toY) {
        int steps = 10;
        for (int i = 1; i <= steps; i++) {
            moveMouse(fromX + (toX - fromX) * i / steps, fromY + (toY - fromY) * i / steps);
            sleep(18);
        }
    }

    /** Types {@code text} key by key, at the driver's typing speed. */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            pressTogether(keysFor(c));
            sleep(keyDelayMs);
        }
        idle();
    }

    /** The keys that type {@code c}, pressed together (Shift first). */
    private List<K> keysFor(char c) {
        Stroke<K> stroke = keyboard.apply(c);
        return stroke.shift ? List.of(shift, stroke.key) : List.of(stroke.key);
    }

    /** Presses keys together, e.g. {@code chord(CONTROL, A)}, then lets the app handle them. */
    @SafeVarargs
    public final void chord(K... keys) {
        pressTogether(Arrays.asList(keys));
        sleep(keyDelayMs);
        idle();
    }

    /** Presses the keys in order and releases them in reverse order. */
    private void pressTogether(List<K> keys) {
        robotInput(() -> {
            for (K key : keys) {
                pressKey(key);
            }
            for (int i = keys.size() - 1; i >= 0; i--) {
                releaseKey(keys.get(i));
            }
        });
    }

    /** Polls {@code condition} on the UI thread until it holds; fails the step after {@code timeoutMs}. */
    public void waitFor(String what, Callable<Boolean> condition, long timeoutMs) {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!Boolean.TRUE.equals(onUiThread(condition))) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out waiting for " + what);
            }
            sleep(50);
        }
    }

    /**
     * Lets the app handle what was just typed or clicked: a short pause, then a round trip
     * through the UI thread's queue. Not the robot's own wait for idle: under Xvfb AWT's native
     * sync sometimes stalls for seconds, and every step checks the app's state anyway.
     */
    public void idle() {
        sleep(30);
        onUiThread(() -> null);
    }

    public static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
