package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sampling, opt-out and the marker API through the public API, in this JVM, recording a real
 * window to a real {@code file:} destination (uploads: {@code OptOutIT}, {@code RemoteConfigurationIT}).
 */
class SamplingAndOptOutTest extends ShownWindowFixture {
    private TapedeckConfig.Builder config() {
        return settings("sampling-test").set("serverUrl", "file://" + tmp.resolve("sessions"));
    }

    private static List<Path> filesUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    private Path sessionFile() {
        String sessionId = Tapedeck.replayId().orElseThrow().replaceAll(".*/", "");
        return tmp.resolve("sessions").resolve(sessionId + ".ndjson");
    }

    private static void awaitContent(Path file) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(file) && Files.size(file) > 0) return;
            Thread.sleep(50);
        }
        throw new AssertionError(file + " got no events within 10 s");
    }

    @Test
    void anUnsampledSessionRecordsNothingAndCreatesNoFile() throws Exception {
        Tapedeck.start(config().set("sampleRate", "0").set("debug", "true").build());

        assertFalse(Tapedeck.isRecording());
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
        Thread.sleep(300);
        assertEquals(List.of(), filesUnder(tmp), "no session file, no spool, not even a device id");
        assertEquals(1, logLines.stream().filter(l -> l.contains("not sampled")).count(), String.join("\n", logLines));
    }

    @Test
    void aSampledSessionRecords() throws Exception {
        Tapedeck.start(config().set("sampleRate", "1").build());

        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        awaitContent(sessionFile());
    }

    @Test
    void optingOutMidSessionStopsWritingDeletesTheSessionFileAndHoldsUntilReverted() throws Exception {
        Tapedeck.start(config().build());
        Path file = sessionFile();
        awaitContent(file);

        Tapedeck.setOptOut(true);

        assertFalse(Tapedeck.isRecording());
        assertTrue(Tapedeck.isOptedOut());
        assertFalse(Files.exists(file), "the unsent session file is deleted");
        assertTrue(Files.exists(tmp.resolve("data").resolve("opt-out")), "kept in <dataDir>/opt-out");
        for (int i = 1; i <= 5; i++) {
            String text = "typed " + i;
            type(text);
            Thread.sleep(200);
        }
        assertEquals(List.of(), filesUnder(tmp.resolve("sessions")), "nothing more is written");

        Tapedeck.start(config().build());
        assertFalse(Tapedeck.isRecording(), "a start while opted out records nothing");

        Tapedeck.setOptOut(false);
        assertFalse(Tapedeck.isOptedOut());
        assertFalse(Files.exists(tmp.resolve("data").resolve("opt-out")));
        assertFalse(Tapedeck.isRecording(), "reverting does not restart recording by itself");

        Tapedeck.start(config().build());
        assertTrue(Tapedeck.isRecording(), "the next start records");
        awaitContent(sessionFile());
    }

    @Test
    void theOptOutFileKeepsAFreshStartFromRecording() throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve("data").resolve("opt-out"), "");

        Tapedeck.start(config().build());

        assertFalse(Tapedeck.isRecording());
        assertTrue(Tapedeck.isOptedOut());
        assertEquals(List.of(), filesUnder(tmp.resolve("sessions")));
    }

    @Test
    void theOptOutSettingRecordsNothingAndEmptiesTheSpool() throws Exception {
        Path spool = Files.createDirectories(tmp.resolve("spool"));
        Path batch = Files.writeString(spool.resolve("1718000000000-0-dev.tdbatch"), "earlier run");
        Path journal = Files.writeString(spool.resolve("1718000000000-1-dev.open"), "a killed run's open batch");
        Path lock = Files.writeString(spool.resolve(".lock"), "");

        Tapedeck.start(config().set("optOut", "true").build());

        assertFalse(Tapedeck.isRecording());
        assertTrue(Tapedeck.isOptedOut());
        assertFalse(Files.exists(batch), "unsent batches of this device are deleted");
        assertFalse(Files.exists(journal), "and the journals of open batches a killed run left");
        assertTrue(Files.exists(lock), "only batch files are deleted");
        assertEquals(List.of(), filesUnder(tmp.resolve("sessions")));
        assertFalse(Files.exists(tmp.resolve("data").resolve("opt-out")), "the setting itself is the record; no file");
    }

    @Test
    void markersAreKeptForAnyComponentWhetherOrNotRecording() {
        Object notSwing = new Object();
        Tapedeck.mask(field);
        Tapedeck.block(notSwing);
        assertEquals(PrivacyMarker.MASK, Markers.of(field));
        assertEquals(PrivacyMarker.BLOCK, Markers.of(notSwing));

        Tapedeck.unmask(field);
        assertEquals(PrivacyMarker.UNMASK, Markers.of(field), "the last marker wins");
    }

    @Test
    void aNullComponentIsANullPointerExceptionNamingTheMethod() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Tapedeck.block(null));
        assertTrue(e.getMessage().contains("Tapedeck.block(component)"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Tapedeck.mask(null));
        assertThrows(NullPointerException.class, () -> Tapedeck.unmask(null));
    }
}
