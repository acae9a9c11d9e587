package io.tapedeck;

import io.tapedeck.collector.Collector;
import io.tapedeck.core.internal.log.Log;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For in-process tests of the public API against a real collector: a shown window to record,
 * Tapedeck's log captured in {@link #logLines}, and everything stopped afterwards (the
 * recording, the collector a test started in {@link #collector}, the window).
 */
abstract class ShownWindowFixture {
    @TempDir
    Path tmp;

    final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    /** The text of the window's one label. */
    final String windowText = getClass().getSimpleName() + " window";

    Collector collector;
    private Consumer<String> previousLogSink;
    private JFrame frame;

    @BeforeEach
    void showWindow() throws Exception {
        previousLogSink = Log.swapSinkForTests(logLines::add);
        String name = getClass().getSimpleName();
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame(name);
            frame.add(new JLabel(windowText));
            frame.setBounds(30, 30, 260, 120);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void stopEverything() throws Exception {
        Tapedeck.stop();
        Log.swapSinkForTests(previousLogSink);
        if (collector != null) collector.stop();
        if (frame != null) SwingUtilities.invokeAndWait(frame::dispose);
    }
}
