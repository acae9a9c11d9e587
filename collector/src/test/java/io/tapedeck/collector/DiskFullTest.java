package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tapedeck.uploader.internal.Uploader;
import io.tapedeck.uploader.internal.UploaderSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector's disk fills up under a real uploader: each request fails cleanly (no batch
 * stored in part, nothing half-written left behind), the uploader keeps its batches and retries,
 * and once space is freed everything arrives, once and in order. The disk is a real one: a small
 * tmpfs this test mounts (it needs root, as in CI; elsewhere it is skipped and says why).
 */
class DiskFullTest {
    private static final int LINES = 200;

    @TempDir
    Path temp;

    private Path mountPoint;

    @AfterEach
    void unmount() throws Exception {
        if (mountPoint != null) run("umount", mountPoint.toString());
    }

    @Test
    void aFullDiskFailsRequestsCleanlyAndNothingIsLostOnceSpaceIsBack() throws Exception {
        mountPoint = Files.createDirectories(temp.resolve("disk"));
        assumeTrue(
                run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", mountPoint.toString()) == 0,
                "mounting a tmpfs needs root (CI runs as root)");
        Path data = mountPoint.resolve("sessions");
        Path filler = mountPoint.resolve("filler");
        List<String> log = new CopyOnWriteArrayList<>();
        try (CollectorFixture collector = CollectorFixture.start(data)) {
            fillUp(filler);
            Uploader uploader = Uploader.start(
                    UploaderSettings.builder()
                            .serverUrl(collector.url())
                            .apiKey(CollectorFixture.API_KEY)
                            .spoolDir(temp.resolve("spool"))
                            .flushIntervalMs(50)
                            .retryBackoffMs(100, 400)
                            .log(log::add)
                            .build(),
                    "disk-full",
                    1_000_000);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < LINES; i++) {
                String line = TestEvents.marker(1_000_000 + i, "line " + i + " " + "x".repeat(200));
                expected.add(line);
                assertTrue(uploader.offer(line.getBytes(StandardCharsets.UTF_8)));
            }
            assertTrue(!uploader.flush(1_500), "nothing can be stored while the disk is full");
            assertTrue(
                    log.stream().anyMatch(l -> l.contains("(HTTP 507 (the collector's storage is full")),
                    "the collector answered 507 Insufficient Storage, and the uploader retries: " + log);
            assertEquals(List.of(), collector.storedLines("disk-full/1000000"), "no batch stored in part");
            assertEquals(List.of(), leftovers(data), "nothing half-written left behind");

            Files.delete(filler);
            assertTrue(uploader.flush(15_000), "everything arrives once there is space: " + log);
            uploader.close(2_000);
            assertEquals(expected, collector.storedLines("disk-full/1000000"), "every line once, in order");
            assertEquals(List.of(), leftovers(data), "no temporary files");
        }
    }

    /** Files in the data directory that are not a stored batch or a session's metadata. */
    private static List<String> leftovers(Path data) throws IOException {
        List<String> leftovers = new ArrayList<>();
        for (String file : CollectorFixture.filesUnder(data)) {
            if (!file.matches("disk-full/\\d+/(\\d+\\.ndjson|[^/]*\\.json)")) leftovers.add(file);
        }
        return leftovers;
    }

    /** Writes {@code filler} until the file system says it is full. */
    private static void fillUp(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(block);
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) throw full;
        }
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
