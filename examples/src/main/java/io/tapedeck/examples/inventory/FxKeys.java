package io.tapedeck.examples.inventory;

import io.tapedeck.examples.autopilot.Stroke;
import javafx.scene.input.KeyCode;

/**
 * How to type a character on a US keyboard with the JavaFX {@code Robot}: it presses keys, not
 * characters, so upper case and symbols need Shift plus the key that carries them.
 */
final class FxKeys {
    private static final String SHIFTED_DIGITS = ")!@#$%^&*(";
    private static final String PLAIN_SYMBOLS = "-=[];',./ ";
    private static final String SHIFTED_SYMBOLS = "_+{}:\"<>?";
    private static final KeyCode[] PLAIN_KEYS = {
        KeyCode.MINUS,
        KeyCode.EQUALS,
        KeyCode.OPEN_BRACKET,
        KeyCode.CLOSE_BRACKET,
        KeyCode.SEMICOLON,
        KeyCode.QUOTE,
        KeyCode.COMMA,
        KeyCode.PERIOD,
        KeyCode.SLASH,
        KeyCode.SPACE
    };
    private static final KeyCode[] SHIFTED_KEYS = {
        KeyCode.MINUS,
        KeyCode.EQUALS,
        KeyCode.OPEN_BRACKET,
        KeyCode.CLOSE_BRACKET,
        KeyCode.SEMICOLON,
        KeyCode.QUOTE,
        KeyCode.COMMA,
        KeyCode.PERIOD,
        KeyCode.SLASH
    };

    private FxKeys() {}

    static Stroke<KeyCode> strokeFor(char c) {
        if (c >= 'a' && c <= 'z') {
            return new Stroke<>(KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c))), false);
        }
        if (c >= 'A' && c <= 'Z') {
            return new Stroke<>(KeyCode.getKeyCode(String.valueOf(c)), true);
        }
        if (c >= '0' && c <= '9') {
            return new Stroke<>(KeyCode.valueOf("DIGIT" + c), false);
        }
        int i = SHIFTED_DIGITS.indexOf(c);
        if (i >= 0) {
            return new Stroke<>(KeyCode.valueOf("DIGIT" + i), true);
        }
        i = PLAIN_SYMBOLS.indexOf(c);
        if (i >= 0) {
            return new Stroke<>(PLAIN_KEYS[i], false);
        }
        i = SHIFTED_SYMBOLS.indexOf(c);
        if (i >= 0) {
            return new Stroke<>(SHIFTED_KEYS[i], true);
        }
        throw new IllegalArgumentException("no key for '" + c + "'");
    }
}
