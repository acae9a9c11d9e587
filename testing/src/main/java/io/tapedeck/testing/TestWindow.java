package io.tapedeck.testing;

import java.awt.Component;
import java.util.concurrent.Callable;
import javax.swing.JFrame;
import javax.swing.JLabel;

/**
 * A real Swing window (under the test JVM's Xvfb) for a recorder to snapshot: made and shown on
 * the EDT, disposed there on {@link #close}.
 */
public final class TestWindow implements AutoCloseable {
    private final JFrame frame;

    private TestWindow(JFrame frame) {
        this.frame = frame;
    }

    /** A window titled {@code title} that shows one label, {@code 260 x 120} at {@code (30, 30)}. */
    public static TestWindow withLabel(String title, String label) throws Exception {
        return show(title, () -> new JLabel(label), 260, 120);
    }

    /** A window titled {@code title} that shows {@code content} (made on the EDT), at {@code (30, 30)}. */
    public static TestWindow show(String title, Callable<? extends Component> content, int width, int height)
            throws Exception {
        return new TestWindow(Edt.call(() -> {
            JFrame frame = new JFrame(title);
            frame.add(content.call());
            frame.setBounds(30, 30, width, height);
            frame.setVisible(true);
            return frame;
        }));
    }

    public JFrame frame() {
        return frame;
    }

    @Override
    public void close() throws Exception {
        Edt.run(frame::dispose);
    }
}
