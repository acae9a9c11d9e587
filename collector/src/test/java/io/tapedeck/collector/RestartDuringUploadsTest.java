package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.uploader.internal.Uploader;
import io.tapedeck.uploader.internal.UploaderSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector stops in the middle of 20 real uploaders sending at once (requests cut off
 * mid-way) and comes back on the same port and data directory: afterwards every line each
 * uploader was given is stored exactly once, in order, and nothing partial was kept.
 */
class RestartDuringUploadsTest {
    private static final int UPLOADERS = 20;
    private static final int LINES = 300;

    @TempDir
    Path temp;

    @Test
    void everyLineArrivesExactlyOnceInOrderAcrossARestart() throws Exception {
        Path data = temp.resolve("sessions");
        List<String> problems = new CopyOnWriteArrayList<>();
        CollectorFixture first = CollectorFixture.start(data);
        int port = first.port();
        List<Uploader> uploaders = new ArrayList<>();
        for (int u = 0; u < UPLOADERS; u++) {
            UploaderSettings settings = UploaderSettings.builder()
                    .serverUrl(first.url())
                    .apiKey(CollectorFixture.API_KEY)
                    .spoolDir(temp.resolve("spool-" + u))
                    .flushIntervalMs(50) // many small batches: some are in flight at the stop
                    .retryBackoffMs(100, 500)
                    .log(
                            line -> { // failed attempts and "uploads resumed" are expected; losing data is not
                                if (line.matches("(?i).*(drop|reject|corrupt|stopped|lost).*")) problems.add(line);
                            })
                    .build();
            uploaders.add(Uploader.start(settings, "restart-" + u, 1_000_000 + u));
        }
        CountDownLatch halfway = new CountDownLatch(UPLOADERS);
        List<Thread> writers = new ArrayList<>();
        for (int u = 0; u < UPLOADERS; u++) {
            Uploader uploader = uploaders.get(u);
            long sessionId = 1_000_000 + u;
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 0; i < LINES; i++) {
                        if (i == LINES / 3) halfway.countDown();
                        String line = TestEvents.marker(sessionId + i, "line " + i);
                        assertTrue(uploader.offer(line.getBytes(StandardCharsets.UTF_8)), "queued");
                        Thread.sleep(5);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            writer.start();
            writers.add(writer);
        }

        halfway.await();
        first.close(); // requests in flight are cut off
        Thread.sleep(700);
        try (CollectorFixture second = CollectorFixture.start(data, b -> b.port(port))) {
            for (Thread writer : writers) writer.join();
            for (Uploader uploader : uploaders) {
                assertTrue(uploader.flush(20_000), "everything delivered after the restart");
                uploader.close(2_000);
            }
            for (int u = 0; u < UPLOADERS; u++) {
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < LINES; i++) expected.add(TestEvents.marker(1_000_000 + u + i, "line " + i));
                assertEquals(
                        expected,
                        second.storedLines("restart-" + u + "/" + (1_000_000 + u)),
                        "uploader " + u + ": every line once, in order");
            }
            List<String> leftovers = new ArrayList<>();
            for (String file : CollectorFixture.filesUnder(data)) {
                if (!file.matches("restart-\\d+/\\d+/(\\d+\\.ndjson|[^/]*\\.json)")) leftovers.add(file);
            }
            assertEquals(List.of(), leftovers, "no partial or temporary files are kept");
        }
        assertEquals(List.of(), problems, "the uploaders only retried: nothing dropped or rejected");
    }
}
