package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.collector.Collector;
import io.tapedeck.core.internal.log.Log;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.swing.JFrame;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opting out while uploading: the spool is emptied and the collector gets nothing more. */
class OptOutWhileUploadingIT {
    private static final String KEY = "opt-out-key-1234";

    @TempDir
    Path tmp;

    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private Consumer<String> previousLogSink;
    private JFrame frame;
    private JTextField field;
    private Collector collector;

    @BeforeEach
    void setUp() throws Exception {
        previousLogSink = Log.swapSinkForTests(logLines::add);
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("OptOutWhileUploadingIT");
            field = new JTextField("typed 0", 20);
            frame.add(field);
            frame.setBounds(40, 40, 280, 100);
            frame.setVisible(true);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        Tapedeck.stop();
        Tapedeck.setOptOut(false);
        Log.swapSinkForTests(previousLogSink);
        if (collector != null) collector.stop();
        if (frame != null) SwingUtilities.invokeAndWait(frame::dispose);
    }

    private TapedeckConfig uploadingTo(String url) {
        return TapedeckConfig.builder()
                .set("serverUrl", url)
                .set("apiKey", KEY)
                .set("deviceId", "opt-out-it")
                .set("flushIntervalMs", "200")
                .set("dataDir", tmp.resolve("data").toString())
                .set("spoolDir", tmp.resolve("spool").toString())
                .build();
    }

    /** The spool's batch files. The uploader renames and deletes them meanwhile: a listing that meets one gone is taken again. */
    private List<Path> spooledBatches() throws Exception {
        Path spool = tmp.resolve("spool");
        for (int attempt = 1; ; attempt++) {
            if (!Files.isDirectory(spool)) return List.of();
            try (Stream<Path> all = Files.walk(spool)) {
                return all.filter(p -> p.getFileName().toString().contains(".tdbatch"))
                        .collect(Collectors.toList());
            } catch (NoSuchFileException | UncheckedIOException gone) {
                boolean vanished =
                        gone instanceof NoSuchFileException || gone.getCause() instanceof NoSuchFileException;
                if (!vanished || attempt == 20) throw gone;
            }
        }
    }

    private void typeFor(long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        int n = 0;
        while (System.currentTimeMillis() < end) {
            String text = "typed " + (++n);
            SwingUtilities.invokeAndWait(() -> field.setText(text));
            Thread.sleep(100);
        }
    }

    @Test
    void optingOutEmptiesTheSpoolOfBatchesTheCollectorNeverGot() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort(); // nobody listens there once closed: every upload fails and is kept
        }
        Tapedeck.start(uploadingTo("http://127.0.0.1:" + closedPort));
        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        long deadline = System.currentTimeMillis() + 10_000;
        while (spooledBatches().isEmpty() && System.currentTimeMillis() < deadline) typeFor(200);
        assertFalse(spooledBatches().isEmpty(), "batches wait in the spool while the collector is unreachable");

        Tapedeck.setOptOut(true);
        typeFor(1500);

        assertFalse(Tapedeck.isRecording());
        assertEquals(List.of(), spooledBatches(), "the spool is emptied\n" + String.join("\n", logLines));
        assertTrue(Files.exists(tmp.resolve("data").resolve("opt-out")));
    }

    @Test
    void afterOptingOutTheCollectorReceivesNothingMore() throws Exception {
        collector = Collector.builder()
                .port(0)
                .dataDir(tmp.resolve("collector"))
                .apiKey(KEY)
                .build()
                .start();
        Tapedeck.start(uploadingTo(collector.baseUrl()));
        String replayId = Tapedeck.replayId().orElseThrow();
        typeFor(1000);
        Tapedeck.flush();
        Tapedeck.setOptOut(true);
        long storedAtOptOut = storedBytes(tmp.resolve("collector").resolve(replayId));

        typeFor(2000);

        assertEquals(
                storedAtOptOut,
                storedBytes(tmp.resolve("collector").resolve(replayId)),
                "nothing reached the collector after the opt-out");
        assertEquals(List.of(), spooledBatches());
    }

    private static long storedBytes(Path sessionDir) throws Exception {
        if (!Files.isDirectory(sessionDir)) return 0;
        try (Stream<Path> all = Files.walk(sessionDir)) {
            return all.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
