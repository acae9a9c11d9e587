package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Opting out while uploading: the spool is emptied and the collector gets nothing more. */
class OptOutWhileUploadingIT extends ShownWindowFixture {
    private TapedeckConfig uploadingTo(String url) {
        return settings("opt-out-it")
                .set("serverUrl", url)
                .set("flushIntervalMs", "200")
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
            type(text);
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
        startCollector();
        Tapedeck.start(uploadingTo(collector.url()));
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
