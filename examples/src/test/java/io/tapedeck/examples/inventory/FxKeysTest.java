package io.tapedeck.examples.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tapedeck.examples.autopilot.Stroke;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class FxKeysTest {
    @Test
    void upperCaseAndShiftedSymbolsHoldShift() {
        assertStroke('S', KeyCode.S, true);
        assertStroke('#', KeyCode.DIGIT3, true);
        assertStroke('!', KeyCode.DIGIT1, true);
        assertStroke('@', KeyCode.DIGIT2, true);
        assertStroke('_', KeyCode.MINUS, true);
    }

    @Test
    void lowerCaseDigitsAndPlainSymbolsDoNot() {
        assertStroke('k', KeyCode.K, false);
        assertStroke('0', KeyCode.DIGIT0, false);
        assertStroke('-', KeyCode.MINUS, false);
        assertStroke('.', KeyCode.PERIOD, false);
        assertStroke(' ', KeyCode.SPACE, false);
    }

    @Test
    void everyCharacterTheAutopilotTypesHasAKey() {
        for (String text : new String[] {
            Autopilot.USER, Autopilot.PASSWORD, Autopilot.SEARCH, Autopilot.NEW_LOCATION, Autopilot.ORDER_REFERENCE
        }) {
            for (char c : text.toCharArray()) {
                FxKeys.strokeFor(c);
            }
        }
    }

    @Test
    void aCharacterWithoutAKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FxKeys.strokeFor('\u00e9'));
    }

    private static void assertStroke(char c, KeyCode key, boolean shift) {
        Stroke<KeyCode> stroke = FxKeys.strokeFor(c);
        assertEquals(key, stroke.key, "key for '" + c + "'");
        assertEquals(shift, stroke.shift, "shift for '" + c + "'");
    }
}
