package io.tapedeck.swing.internal;

import io.tapedeck.testing.Edt;
import java.awt.Component;
import java.awt.event.KeyEvent;

/** Types characters into a component through Swing's own key handling (KEY_TYPED events). */
final class Typing {
    private Typing() {}

    static void type(Component target, String text) throws Exception {
        Edt.run(() -> {
            for (char ch : text.toCharArray()) {
                target.dispatchEvent(new KeyEvent(
                        target, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, ch));
            }
        });
    }
}
