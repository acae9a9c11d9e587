package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.collector.Collector;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost when the network or the app fails: real processes, real HTTP on 127.0.0.1.
 * A collector that goes away for 20 s mid-session gets everything once it is back; a recorded
 * JVM killed with SIGKILL leaves its batches in the spool, and the next start delivers them.
 */
class UploadSurvivesIT {
    private static final String KEY = "survival-key-0123";
    private static final String DIALOG_PROMPT = "Enter the new customer's details.";
    /** Captures come at most 10 a second and the EDT budget may delay one; the autopilot holds each state >= 900 ms. */
    private static final long SETTLE_MS = 800;

    @TempDir
    Path tmp;

    @Test
    void aCollectorStoppedFor20SecondsMidSessionStillGetsEverything() throws Exception {
        Path sessions = tmp.resolve("data/sessions");
        int port = freePort();
        Collector collector = collector(sessions, port).start();
        DemoProcess crm = DemoProcess.crmUploadingTo(collector.baseUrl(), KEY, tmp.resolve("data"), 30);
        try {
            crm.awaitCheckpoint("signed-in", Duration.ofSeconds(60));
            String replayId = awaitOneSession(sessions);
            collector.stop();
            Thread.sleep(20_000);
            collector = collector(sessions, port).start();
            assertEquals(0, crm.awaitExit(Duration.ofSeconds(90)), crm::output);

            StoredSession session = StoredSession.read(sessions, collector.baseUrl(), replayId);
            session.assertCompleteAndInOrder();
            assertEquals(List.of(), spooled(tmp.resolve("data/spool")), "everything left the spool");
            try (RrwebReplay replay = RrwebReplay.load(session.writeNdjson(tmp.resolve("session.ndjson")))) {
                // Checkpoints recorded while the collector was away.
                replay.seek(crm.checkpoint("email-typed") + SETTLE_MS);
                // Masked at the default level: one * per character of ada@example.org.
                assertTrue(replay.fieldValues().contains("*".repeat(15)), replay.fieldValues()::toString);
                replay.seek(crm.checkpoint("dialog-open") + SETTLE_MS);
                assertTrue(replay.visibleText().contains(DIALOG_PROMPT), replay::visibleText);
                // And after it came back.
                replay.seek(crm.checkpoint("about-open") + SETTLE_MS);
                assertTrue(replay.visibleText().contains("Tapedeck CRM"), replay::visibleText);
                assertEquals(List.of(), replay.errors());
            }
        } finally {
            crm.kill();
            collector.stop();
        }
    }

    @Test
    void whatAKilledJvmSpooledArrivesAfterTheNextStart() throws Exception {
        Path data = tmp.resolve("data");
        Path sessions = data.resolve("sessions");
        Collector collector = collector(sessions, 0).start();
        DemoProcess crm = DemoProcess.crmUploadingTo(collector.baseUrl(), KEY, data, 30);
        String replayId;
        long dialogOpen;
        try {
            crm.awaitCheckpoint("signed-in", Duration.ofSeconds(60));
            replayId = awaitOneSession(sessions);
            // From here on batches can only wait in the spool.
            collector.stop();
            dialogOpen = crm.awaitCheckpoint("dialog-open", Duration.ofSeconds(60));
            crm.awaitCheckpoint("dialog-closed", Duration.ofSeconds(30));
            Thread.sleep(2500); // the batch holding the dialog is sealed into the spool (flushIntervalMs=1000)
        } finally {
            crm.kill();
            collector.stop();
        }
        assertFalse(spooled(data.resolve("spool")).isEmpty(), "the killed JVM left batches in the spool");

        // The next start of the demo, same data directory (same spool), briefly.
        DemoProcess next =
                DemoProcess.embedded(tmp.resolve("next"), "--port", "0", "--data", data.toString(), "--autopilot");
        next.awaitLine(l -> l.startsWith("Replay: "), Duration.ofSeconds(60));
        next.stop(Duration.ofSeconds(30));

        Collector reader = collector(sessions, 0).start();
        try {
            StoredSession session = StoredSession.read(sessions, reader.baseUrl(), replayId);
            session.assertCompleteAndInOrder();
            assertTrue(session.lastTimestamp() >= dialogOpen, "the spooled part of the session arrived");
            try (RrwebReplay replay = RrwebReplay.load(session.writeNdjson(tmp.resolve("killed.ndjson")))) {
                replay.seek(dialogOpen + SETTLE_MS);
                assertTrue(replay.visibleText().contains(DIALOG_PROMPT), replay::visibleText);
                assertEquals(List.of(), replay.errors());
            }
        } finally {
            reader.stop();
        }
    }

    private static Collector collector(Path sessions, int port) {
        return Collector.builder().port(port).dataDir(sessions).apiKey(KEY).build();
    }

    /** The replay id of the one session that has arrived in {@code sessions}, waiting for it. */
    private static String awaitOneSession(Path sessions) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> found = sessionDirs(sessions);
            if (found.size() == 1 && Files.exists(found.get(0).resolve("0.ndjson"))) {
                return sessions.relativize(found.get(0)).toString().replace('\\', '/');
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no session arrived in " + sessions + ": " + sessionDirs(sessions));
    }

    private static List<Path> sessionDirs(Path sessions) throws IOException {
        if (!Files.isDirectory(sessions)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(sessions, 2)) {
            return all.filter(p -> p.getNameCount() == sessions.getNameCount() + 2 && Files.isDirectory(p))
                    .collect(Collectors.toList());
        }
    }

    private static List<Path> spooled(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .collect(Collectors.toList());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
