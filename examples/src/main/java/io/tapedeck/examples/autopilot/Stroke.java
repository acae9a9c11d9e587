package io.tapedeck.examples.autopilot;

/**
 * One key press, optionally with Shift held: how a robot types a character, since it presses
 * keys, not characters.
 *
 * @param <K> the toolkit's key code: an AWT {@code VK_} code, a JavaFX {@code KeyCode}
 */
public final class Stroke<K> {
    public final K key;
    public final boolean shift;

    public Stroke(K key, boolean shift) {
        this.key = key;
        this.shift = shift;
    }

    @Override
    public String toString() {
        return (shift ? "shift " : "") + key;
    }
}
