package io.tapedeck.swing.internal;

import io.tapedeck.testing.Edt;
import io.tapedeck.testing.RecordingSink;
import java.awt.Component;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import org.junit.jupiter.api.AfterEach;

/** Real windows under the test display, a recorder feeding a {@link RecordingSink}, cleanup. */
abstract class SwingTestSupport {
    final RecordingSink sink = new RecordingSink();
    final List<Window> windows = new ArrayList<>();
    SwingRecorder recorder;

    /** Generous budget and no resync, so tests see only event-driven captures. */
    SwingRecorder record() {
        return record(new CaptureSettings(20, 1000, 3600));
    }

    SwingRecorder record(CaptureSettings settings) {
        recorder = SwingRecorder.start(settings, sink);
        return recorder;
    }

    /** A shown frame (call on the EDT) holding {@code content} at the given screen bounds. */
    JFrame frame(String title, Component content, int x, int y, int w, int h) {
        JFrame f = new JFrame(title);
        f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        f.setContentPane((java.awt.Container) content);
        f.setBounds(x, y, w, h);
        windows.add(f);
        f.setVisible(true);
        return f;
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (recorder != null) recorder.stop();
        Edt.run(() -> {
            for (Window w : windows) w.dispose();
        });
        Edt.flush();
    }
}
