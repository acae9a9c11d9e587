package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.RecordingSink;
import io.tapedeck.testing.ViewTrees;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.AWTEventListenerProxy;
import java.awt.event.InputEvent;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

class LifecycleAndInputTest extends SwingTestSupport {

    @Test
    void clicksAreReportedOnTheComponentInScreenCoordinatesWithTheDesktopPlacedOnTheScreen() throws Exception {
        JButton[] button = new JButton[1];
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            root.add(new JLabel("left")).setBounds(0, 0, 100, 30);
            button[0] = new JButton("Click me");
            button[0].setBounds(150, 50, 120, 40);
            root.add(button[0]);
            frame("Input", root, 200, 150, 400, 200);
        });
        record();
        ViewNode desktop = sink.await(n -> ViewTrees.withText(n, "Click me").isPresent(), 5000, "the button");
        long key = ViewTrees.withText(desktop, "Click me").orElseThrow().key();
        Point onScreen = Edt.call(() -> button[0].getLocationOnScreen());

        Robot robot = new Robot();
        robot.setAutoDelay(20);
        robot.mouseMove(onScreen.x + 10, onScreen.y + 10);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
        Edt.flush();

        List<MouseAction> onButton = sink.actions.stream()
                .filter(a -> a.key() == key)
                .map(RecordingSink.Action::action)
                .toList();
        assertTrue(
                onButton.containsAll(List.of(MouseAction.MOUSE_DOWN, MouseAction.MOUSE_UP, MouseAction.CLICK)),
                onButton.toString());
        RecordingSink.Action click = sink.actions.stream()
                .filter(a -> a.action() == MouseAction.CLICK)
                .findFirst()
                .orElseThrow();
        // Screen positions; the desktop says where its corner is (the only window's, 200,150),
        // which is how core maps them onto the recorded desktop.
        assertEquals(onScreen.x + 10, click.x());
        assertEquals(onScreen.y + 10, click.y());
        assertEquals(200, desktop.x());
        assertEquals(150, desktop.y());
        assertTrue(sink.moves.stream().anyMatch(m -> m.key() == key), "a sampled move over the button");
    }

    @Test
    void stopRemovesListenersAndEndsCapture() throws Exception {
        JLabel[] label = new JLabel[1];
        Edt.run(() -> {
            JPanel root = new JPanel();
            label[0] = new JLabel("before");
            root.add(label[0]);
            frame("Stop", root, 0, 0, 200, 100);
        });
        record();
        sink.await(n -> ViewTrees.withText(n, "before").isPresent(), 5000, "the label");
        assertTrue(Edt.call(() ->
                Arrays.stream(label[0].getPropertyChangeListeners()).anyMatch(l -> l instanceof SwingChangeTracker)));

        recorder.stop();
        recorder.stop(); // idempotent
        Edt.flush();
        int count = sink.snapshots.size();
        Edt.run(() -> label[0].setText("after"));
        Thread.sleep(300);
        assertEquals(count, sink.snapshots.size(), "no capture after stop");
        assertFalse(recorder.isCapturing());
        assertFalse(Edt.call(() ->
                Arrays.stream(label[0].getPropertyChangeListeners()).anyMatch(l -> l instanceof SwingChangeTracker)));
        for (AWTEventListener l : Toolkit.getDefaultToolkit().getAWTEventListeners()) {
            Object inner = l instanceof AWTEventListenerProxy ? ((AWTEventListenerProxy) l).getListener() : l;
            assertFalse(inner instanceof SwingChangeTracker, "AWT listener removed");
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("tapedeck-"))
                .allMatch(Thread::isDaemon));
    }
}
