package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.RecordingSink;
import io.tapedeck.testing.ViewTrees;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

/** Double clicks, context menus, focus moves and heavyweight popups, from real input. */
class PointerFocusAndPopupTest extends SwingTestSupport {

    private List<MouseAction> actionsOn(long key) {
        return sink.actions.stream()
                .filter(a -> a.key() == key)
                .map(RecordingSink.Action::action)
                .collect(Collectors.toList());
    }

    private static void waitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void aDoubleClickAndARightClickBecomeDoubleClickAndContextMenu() throws Exception {
        JTextField[] field = new JTextField[1];
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            field[0] = new JTextField("double me");
            field[0].setBounds(20, 20, 200, 30);
            root.add(field[0]);
            frame("Pointer", root, 100, 100, 300, 120);
        });
        record();
        ViewNode desktop = sink.await(n -> ViewTrees.withText(n, "double me").isPresent(), 5000, "the field");
        long key = ViewTrees.withText(desktop, "double me").orElseThrow().key();
        Point at = Edt.call(() -> field[0].getLocationOnScreen());

        Robot robot = new Robot();
        robot.mouseMove(at.x + 30, at.y + 10);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitUntil(() -> actionsOn(key).contains(MouseAction.DOUBLE_CLICK), "a double click");

        robot.mousePress(InputEvent.BUTTON3_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON3_DOWN_MASK);
        waitUntil(() -> actionsOn(key).contains(MouseAction.CONTEXT_MENU), "a context menu");
        assertEquals(
                1,
                actionsOn(key).stream()
                        .filter(a -> a == MouseAction.CONTEXT_MENU)
                        .count(),
                "one context menu per right click: " + actionsOn(key));
    }

    @Test
    void movingFocusIsBlurOnOneComponentAndFocusOnTheNext() throws Exception {
        JTextField[] fields = new JTextField[2];
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            fields[0] = new JTextField("first");
            fields[0].setBounds(10, 10, 150, 25);
            fields[1] = new JTextField("second");
            fields[1].setBounds(10, 45, 150, 25);
            root.add(fields[0]);
            root.add(fields[1]);
            frame("Focus", root, 50, 50, 250, 120);
        });
        record();
        ViewNode desktop = sink.await(n -> ViewTrees.withText(n, "second").isPresent(), 5000, "both fields");
        long first = ViewTrees.withText(desktop, "first").orElseThrow().key();
        long second = ViewTrees.withText(desktop, "second").orElseThrow().key();
        // The window may give the first field focus before recording starts: move it twice.
        Edt.run(() -> fields[1].requestFocusInWindow());
        waitUntil(() -> actionsOn(second).contains(MouseAction.FOCUS), "focus on the second field");
        Edt.run(() -> fields[0].requestFocusInWindow());
        waitUntil(() -> actionsOn(first).contains(MouseAction.FOCUS), "focus on the first field");
        assertTrue(actionsOn(second).contains(MouseAction.BLUR), "the second field lost focus: " + actionsOn(second));
        sink.await(
                n -> ViewTrees.withKey(n, first)
                                .map(v -> v.has(ViewNode.FOCUSED))
                                .orElse(false)
                        && !ViewTrees.withKey(n, second)
                                .map(v -> v.has(ViewNode.FOCUSED))
                                .orElse(true),
                5000,
                "the focused flag follows");
    }

    @Test
    void aHeavyweightPopupIsItsOwnWindowOnTopAndGoesAwayWhenHidden() throws Exception {
        JPopupMenu[] popup = new JPopupMenu[1];
        JPanel[] root = new JPanel[1];
        Edt.run(() -> {
            root[0] = new JPanel(null);
            frame("Popup owner", root[0], 0, 0, 200, 100);
            popup[0] = new JPopupMenu();
            popup[0].setLightWeightPopupEnabled(false);
            popup[0].add(new JMenuItem("Heavy item"));
        });
        record();
        sink.await(n -> n.children().size() == 1, 5000, "the frame");
        // Shown partly outside the frame, Swing must use a window of its own.
        Edt.run(() -> popup[0].show(root[0], 150, 60));
        ViewNode desktop = sink.await(n -> ViewTrees.withText(n, "Heavy item").isPresent(), 5000, "the popup");
        assertEquals(2, desktop.children().size(), "the popup is a second window");
        ViewNode top = desktop.children().get(0);
        assertEquals(ViewKind.WINDOW, top.kind());
        assertTrue(ViewTrees.withText(top, "Heavy item").isPresent(), "the topmost window holds the menu item");
        assertEquals(
                ViewKind.MENU,
                ViewTrees.withText(top, "Heavy item").orElseThrow().kind());
        Edt.run(() -> popup[0].setVisible(false));
        sink.await(
                n -> n.children().size() == 1
                        && ViewTrees.withText(n, "Heavy item").isEmpty(),
                5000,
                "the popup gone");
    }
}
