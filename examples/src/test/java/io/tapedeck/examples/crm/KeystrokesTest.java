package io.tapedeck.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.examples.autopilot.Stroke;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

class KeystrokesTest {
    @Test
    void upperCaseAndShiftedSymbolsHoldShift() {
        assertStroke('T', KeyEvent.VK_T, true);
        assertStroke('&', KeyEvent.VK_7, true);
        assertStroke('@', KeyEvent.VK_2, true);
        assertStroke('_', KeyEvent.VK_MINUS, true);
    }

    @Test
    void lowerCaseDigitsAndPlainSymbolsDoNot() {
        assertStroke('r', KeyEvent.VK_R, false);
        assertStroke('0', KeyEvent.VK_0, false);
        assertStroke('.', KeyEvent.VK_PERIOD, false);
        assertStroke(' ', KeyEvent.VK_SPACE, false);
    }

    @Test
    void everyCharacterTheAutopilotTypesHasAKey() {
        for (String text : new String[] {
            Autopilot.USER, Autopilot.PASSWORD, Autopilot.SEARCH, Autopilot.NEW_EMAIL, Autopilot.NEW_CUSTOMER
        }) {
            for (char c : text.toCharArray()) {
                Keystrokes.strokeFor(c);
            }
        }
    }

    @Test
    void aCharacterWithoutAKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Keystrokes.strokeFor('é'));
    }

    private static void assertStroke(char c, int keyCode, boolean shift) {
        Stroke<Integer> stroke = Keystrokes.strokeFor(c);
        assertEquals(keyCode, (int) stroke.key, () -> "key for " + c);
        if (shift) {
            assertTrue(stroke.shift, () -> "shift for " + c);
        } else {
            assertFalse(stroke.shift, () -> "no shift for " + c);
        }
    }
}
