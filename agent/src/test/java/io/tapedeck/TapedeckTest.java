package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.testing.TestWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API without the agent, recording a real window to a real {@code file:} destination. */
class TapedeckTest {
    private static final String REPLAY_PROPERTY = "[Amplitude] Session Replay ID";

    @TempDir
    Path tmp;

    private final List<String> logLines = new ArrayList<>();
    private Consumer<String> previousLogSink;
    private TestWindow window;

    @BeforeEach
    void captureLog() {
        previousLogSink = Log.swapSinkForTests(logLines::add);
    }

    @AfterEach
    void stopAndCleanUp() throws Exception {
        Tapedeck.stop();
        Log.swapSinkForTests(previousLogSink);
        if (window != null) window.close();
    }

    private TapedeckConfig fileConfig(Path sessions) {
        return TapedeckConfig.builder()
                .set("serverUrl", "file://" + sessions)
                .set("deviceId", "unit-device")
                .set("dataDir", tmp.resolve("data").toString())
                .build();
    }

    @Test
    void beforeStartNothingIsRecordingAndThereIsNoReplayId() {
        assertFalse(Tapedeck.isRecording());
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
    }

    @Test
    void whileRecordingTheReplayIdIsDeviceSlashSessionAndIsTheAmplitudeProperty() {
        Tapedeck.start(fileConfig(tmp.resolve("sessions")));

        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        String replayId = Tapedeck.replayId().orElseThrow();
        assertTrue(replayId.matches("unit-device/\\d+"), replayId);
        assertEquals(Map.of(REPLAY_PROPERTY, replayId), Tapedeck.sessionReplayProperties());
    }

    @Test
    void theAppCannotChangeTheSessionReplayProperties() {
        Tapedeck.start(fileConfig(tmp.resolve("sessions")));
        Map<String, String> properties = Tapedeck.sessionReplayProperties();
        assertThrows(UnsupportedOperationException.class, () -> properties.put(REPLAY_PROPERTY, "other"));
        Tapedeck.stop();
        assertThrows(
                UnsupportedOperationException.class,
                () -> Tapedeck.sessionReplayProperties().put("a", "b"));
    }

    @Test
    void stopEndsRecordingAndLeavesTheSessionFileStartingWithMeta() throws Exception {
        Path sessions = tmp.resolve("sessions");
        showWindow();
        Tapedeck.start(fileConfig(sessions));
        String sessionId = Tapedeck.replayId().orElseThrow().substring("unit-device/".length());
        Path file = sessions.resolve(sessionId + ".ndjson");
        // The window is captured asynchronously (a slow machine may take seconds); the recorder
        // writes what it has at least every second, so wait until the capture reached the file.
        awaitContent(file, 10_000);

        Tapedeck.stop();

        assertFalse(Tapedeck.isRecording());
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
        List<String> events = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertFalse(events.isEmpty(), file + " has no events: the recording started but captured nothing");
        assertTrue(events.get(0).matches("\\{.*\"type\"\\s*:\\s*4[,}].*"), "first event is Meta: " + events.get(0));
    }

    @Test
    void startingAgainReplacesTheRecordingWithANewSession() throws Exception {
        Tapedeck.start(fileConfig(tmp.resolve("first")));
        String first = Tapedeck.replayId().orElseThrow();
        Thread.sleep(5); // session ids are epoch milliseconds

        Tapedeck.start(fileConfig(tmp.resolve("second")));

        assertTrue(Tapedeck.isRecording());
        assertNotEquals(first, Tapedeck.replayId().orElseThrow());
        Tapedeck.stop();
        assertEquals(1, ndjsonFiles(tmp.resolve("second")).size(), "the second session went to the new destination");
    }

    @Test
    void anUnwritableDestinationIsOneErrorLineAndNoRecording() throws Exception {
        Path blocker = Files.writeString(tmp.resolve("not-a-directory"), "x");

        Tapedeck.start(fileConfig(blocker.resolve("sessions")));

        assertFalse(Tapedeck.isRecording());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
        List<String> errors =
                logLines.stream().filter(l -> l.startsWith("[tapedeck] ERROR")).collect(Collectors.toList());
        assertEquals(1, errors.size(), String.join("\n", logLines));
        assertTrue(errors.get(0).contains("not-a-directory"), errors.get(0));
    }

    @Test
    void startingWithEnabledFalseOnlyStops() {
        Tapedeck.start(fileConfig(tmp.resolve("sessions")));
        TapedeckConfig disabled = TapedeckConfig.builder()
                .set("enabled", "false")
                .set("dataDir", tmp.resolve("data").toString())
                .build();

        Tapedeck.start(disabled);

        assertFalse(Tapedeck.isRecording());
    }

    @Test
    void flushAndStopWithoutARecordingDoNothing() {
        long began = System.nanoTime();
        Tapedeck.flush();
        Tapedeck.stop();
        Tapedeck.stop();
        assertFalse(Tapedeck.isRecording());
        assertTrue(System.nanoTime() - began < 1_000_000_000L, "returned at once");
    }

    @Test
    void flushWhileRecordingReturnsWithinItsBound() {
        Tapedeck.start(fileConfig(tmp.resolve("sessions")));
        long began = System.nanoTime();
        Tapedeck.flush();
        assertTrue(System.nanoTime() - began < 3_000_000_000L, "flush waits at most about 2 s");
        assertTrue(Tapedeck.isRecording());
    }

    private void showWindow() throws Exception {
        window = TestWindow.withLabel("TapedeckTest", "recorded");
    }

    private static void awaitContent(Path file, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (Files.size(file) > 0) return;
            } catch (java.io.IOException notYetThere) {
                // Created when the recording starts; keep waiting.
            }
            Thread.sleep(20);
        }
        // Let the assertions below report what (not) reached the file.
    }

    private static List<Path> ndjsonFiles(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ndjson")).collect(Collectors.toList());
        }
    }
}
