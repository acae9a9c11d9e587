package io.tapedeck.segment;

import java.awt.Dimension;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** A real Swing window (under the test JVM's Xvfb), so the recorder has a UI to snapshot. */
final class AppWindow implements AutoCloseable {
    private JFrame frame;

    static AppWindow show() throws Exception {
        AppWindow w = new AppWindow();
        SwingUtilities.invokeAndWait(() -> {
            w.frame = new JFrame("Shop");
            w.frame.add(new JLabel("Cart: 3 items"));
            w.frame.setSize(new Dimension(320, 200));
            w.frame.setVisible(true);
        });
        return w;
    }

    @Override
    public void close() throws Exception {
        SwingUtilities.invokeAndWait(() -> frame.dispose());
    }
}
