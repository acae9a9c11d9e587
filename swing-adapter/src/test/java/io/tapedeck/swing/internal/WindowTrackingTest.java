package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

class WindowTrackingTest extends SwingTestSupport {

    private static List<String> windowTitles(ViewNode desktop) {
        return desktop.children().stream()
                .filter(n -> n.kind() == ViewKind.WINDOW)
                .map(ViewNode::text)
                .toList();
    }

    @Test
    void aDialogOpeningAddsAWindowAndClosingRemovesIt() throws Exception {
        JFrame[] main = new JFrame[1];
        JDialog[] dialog = new JDialog[1];
        Edt.run(() -> main[0] = frame("Main", new JPanel(), 100, 100, 400, 300));
        record();
        sink.await(n -> windowTitles(n).equals(List.of("Main")), 5000, "the main window");

        Edt.run(() -> {
            dialog[0] = new JDialog(main[0], "Details", false);
            dialog[0].setContentPane(new JPanel());
            dialog[0].getContentPane().add(new JLabel("detail"));
            dialog[0].setBounds(600, 400, 200, 150);
            windows.add(dialog[0]);
            dialog[0].setVisible(true);
        });
        ViewNode open = sink.await(n -> windowTitles(n).size() == 2, 5000, "two windows");
        assertEquals("Details", windowTitles(open).get(0), "the owned dialog is on top");
        ViewNode d = open.children().get(0);
        assertEquals(List.of(500, 300), List.of(d.x(), d.y()), "screen position minus the viewport origin");
        assertEquals(700, open.width(), "the viewport covers both windows");
        assertEquals(450, open.height());

        Edt.run(() -> dialog[0].dispose());
        ViewNode closed = sink.await(n -> windowTitles(n).equals(List.of("Main")), 5000, "the dialog gone");
        assertEquals(400, closed.width());
    }

    @Test
    void activatingAWindowBringsItToTheTop() throws Exception {
        JFrame[] frames = new JFrame[2];
        Edt.run(() -> {
            frames[0] = frame("A", new JPanel(), 0, 0, 300, 200);
            frames[1] = frame("B", new JPanel(), 100, 100, 300, 200);
        });
        record();
        sink.await(n -> windowTitles(n).size() == 2, 5000, "both windows");
        // Activation after show is asynchronous; start from whatever order it settled in.
        List<String> settled = windowTitles(sink.settle(300));
        for (String next : List.of(settled.get(1), settled.get(0))) {
            JFrame f = next.equals("A") ? frames[0] : frames[1];
            Edt.run(() -> {
                f.toFront();
                f.requestFocus();
            });
            long deadline = System.currentTimeMillis() + 5000;
            while (!Edt.call(f::isActive) && System.currentTimeMillis() < deadline) Thread.sleep(10);
            sink.await(n -> windowTitles(n).get(0).equals(next), 5000, next + " on top after activation");
        }
    }
}
