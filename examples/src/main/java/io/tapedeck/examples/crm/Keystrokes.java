package io.tapedeck.examples.crm;

import io.tapedeck.examples.autopilot.Stroke;
import java.awt.event.KeyEvent;

/**
 * How to type a character on a US keyboard with {@link java.awt.Robot}: Robot presses keys,
 * not characters, so upper case and symbols need Shift plus the key that carries them.
 */
final class Keystrokes {
    private static final String SHIFTED_DIGITS = ")!@#$%^&*(";
    private static final String PLAIN_SYMBOLS = "-=[]\\;',./`";
    private static final String SHIFTED_SYMBOLS = "_+{}|:\"<>?~";
    private static final int[] SYMBOL_KEYS = {
        KeyEvent.VK_MINUS,
        KeyEvent.VK_EQUALS,
        KeyEvent.VK_OPEN_BRACKET,
        KeyEvent.VK_CLOSE_BRACKET,
        KeyEvent.VK_BACK_SLASH,
        KeyEvent.VK_SEMICOLON,
        KeyEvent.VK_QUOTE,
        KeyEvent.VK_COMMA,
        KeyEvent.VK_PERIOD,
        KeyEvent.VK_SLASH,
        KeyEvent.VK_BACK_QUOTE
    };

    private Keystrokes() {}

    static Stroke<Integer> strokeFor(char c) {
        if (c >= 'a' && c <= 'z') {
            return new Stroke<>(KeyEvent.VK_A + (c - 'a'), false);
        }
        if (c >= 'A' && c <= 'Z') {
            return new Stroke<>(KeyEvent.VK_A + (c - 'A'), true);
        }
        if (c >= '0' && c <= '9') {
            return new Stroke<>(KeyEvent.VK_0 + (c - '0'), false);
        }
        int shiftedDigit = SHIFTED_DIGITS.indexOf(c);
        if (shiftedDigit >= 0) {
            return new Stroke<>(KeyEvent.VK_0 + shiftedDigit, true);
        }
        int plain = PLAIN_SYMBOLS.indexOf(c);
        if (plain >= 0) {
            return new Stroke<>(SYMBOL_KEYS[plain], false);
        }
        int shifted = SHIFTED_SYMBOLS.indexOf(c);
        if (shifted >= 0) {
            return new Stroke<>(SYMBOL_KEYS[shifted], true);
        }
        switch (c) {
            case ' ':
                return new Stroke<>(KeyEvent.VK_SPACE, false);
            case '\n':
                return new Stroke<>(KeyEvent.VK_ENTER, false);
            case '\t':
                return new Stroke<>(KeyEvent.VK_TAB, false);
            default:
                throw new IllegalArgumentException("No US-keyboard key types '" + c + "'");
        }
    }
}
