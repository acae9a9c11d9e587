package io.tapedeck;

import io.tapedeck.collector.Collector;
import io.tapedeck.collector.CollectorFixture;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.TestWindow;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For in-process tests of the public API: a shown window to record (a label and a text field to
 * type into), Tapedeck's log captured in {@link #logLines}, a real collector when a test starts
 * one ({@link #startCollector}), and everything stopped afterwards (the recording, an opt-out,
 * the collector, the window).
 */
abstract class ShownWindowFixture {
    @TempDir
    Path tmp;

    final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    /** The text of the window's label. */
    final String windowText = getClass().getSimpleName() + " window";

    /** The window's text field, {@code typed 0} at first. */
    JTextField field;

    CollectorFixture collector;
    private Consumer<String> previousLogSink;
    private TestWindow window;

    @BeforeEach
    void showWindow() throws Exception {
        previousLogSink = Log.swapSinkForTests(logLines::add);
        String name = getClass().getSimpleName();
        window = TestWindow.show(
                name,
                () -> {
                    JPanel content = new JPanel(new BorderLayout());
                    field = new JTextField("typed 0", 20);
                    content.add(new JLabel(windowText), BorderLayout.NORTH);
                    content.add(field);
                    return content;
                },
                280,
                120);
    }

    @AfterEach
    void stopEverything() throws Exception {
        Tapedeck.stop();
        Tapedeck.setOptOut(false); // the in-process decision outlives a test otherwise
        Log.swapSinkForTests(previousLogSink);
        if (collector != null) collector.close();
        if (window != null) window.close();
    }

    /** Starts a collector over {@code tmp/collector} that accepts {@link CollectorFixture#API_KEY}. */
    CollectorFixture startCollector() {
        return startCollector(b -> b);
    }

    /** Starts a collector over {@code tmp/collector} with further settings (remote configuration). */
    CollectorFixture startCollector(UnaryOperator<Collector.Builder> settings) {
        collector = CollectorFixture.start(tmp.resolve("collector"), settings);
        return collector;
    }

    /**
     * Settings of a test's recording as {@code deviceId}: the collector fixture's API key, the
     * agent's own files under {@link #tmp}; where it goes is the test's.
     */
    TapedeckConfig.Builder settings(String deviceId) {
        return TapedeckConfig.builder()
                .set("apiKey", CollectorFixture.API_KEY)
                .set("deviceId", deviceId)
                .set("dataDir", tmp.resolve("data").toString())
                .set("spoolDir", tmp.resolve("spool").toString());
    }

    /** Tapedeck's ERROR and WARN lines (the build's own {@code tapedeck.it.*} properties are not ours to judge). */
    List<String> tapedeckProblems() {
        synchronized (logLines) {
            return logLines.stream()
                    .filter(l -> l.startsWith("[tapedeck] ERROR") || l.startsWith("[tapedeck] WARN"))
                    .filter(l -> !l.contains("system property tapedeck.it."))
                    .collect(Collectors.toList());
        }
    }

    /** Sets the text field's text on the EDT, as typing would. */
    void type(String text) throws Exception {
        Edt.run(() -> field.setText(text));
    }
}
