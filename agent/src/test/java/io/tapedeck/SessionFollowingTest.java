package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analytics integration's session and events in the recording, through the public API, to a real file destination. */
class SessionFollowingTest {
    private static final long SESSION = 1_795_950_000_000L;

    @TempDir
    Path tmp;

    @AfterEach
    void stop() {
        Tapedeck.stop();
    }

    /** The session file once it holds {@code text} (the recorder writes after its first capture). */
    private static String awaitInFile(Path file, String text) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String all = "";
        while (System.currentTimeMillis() < deadline) {
            Tapedeck.flush();
            all = Files.exists(file) ? String.join("\n", Files.readAllLines(file, StandardCharsets.UTF_8)) : "";
            if (all.contains(text)) return all;
            Thread.sleep(50);
        }
        throw new AssertionError(file + " never held " + text + ":\n" + all);
    }

    private TapedeckConfig config(Path sessions, String sampleRate) {
        return TapedeckConfig.builder()
                .set("serverUrl", "file://" + sessions)
                .set("dataDir", tmp.resolve("data").toString())
                .set("sampleRate", sampleRate)
                .build();
    }

    @Test
    void theRecordingFollowsTheGivenDeviceAndSession() throws Exception {
        Path sessions = tmp.resolve("sessions");
        Tapedeck.start(config(sessions, "1"));
        String own = Tapedeck.replayId().orElseThrow();

        Tapedeck.useSession("segment-device-1", SESSION);

        assertEquals(Optional.of("segment-device-1/" + SESSION), Tapedeck.replayId());
        assertEquals(
                Map.of("[Amplitude] Session Replay ID", "segment-device-1/" + SESSION),
                Tapedeck.sessionReplayProperties());
        assertTrue(
                Files.exists(sessions.resolve(own.substring(own.indexOf('/') + 1) + ".ndjson")),
                "the own session was kept");
        assertTrue(Files.exists(sessions.resolve(SESSION + ".ndjson")), "the followed session has its own file");
    }

    @Test
    void theSameIdsAgainChangeNothingAndANewSessionIdStartsANewRecording() throws Exception {
        Path sessions = tmp.resolve("sessions");
        Tapedeck.start(config(sessions, "1"));
        Tapedeck.useSession("segment-device-1", SESSION);
        Tapedeck.event("Checkout", Map.of("step", 1));
        Tapedeck.useSession("segment-device-1", SESSION); // no new recording: the event stays in this one
        awaitInFile(sessions.resolve(SESSION + ".ndjson"), "Checkout");

        Tapedeck.useSession("segment-device-1", SESSION + 600_000);
        assertEquals(Optional.of("segment-device-1/" + (SESSION + 600_000)), Tapedeck.replayId());
    }

    @Test
    void idsGivenBeforeAStartAreUsedByIt() {
        Tapedeck.useSession("segment-device-2", SESSION);
        Tapedeck.start(config(tmp.resolve("sessions"), "1"));
        assertEquals(Optional.of("segment-device-2/" + SESSION), Tapedeck.replayId());
    }

    @Test
    void aSampledOutSessionHasNoReplayId() {
        Tapedeck.start(config(tmp.resolve("sessions"), "0"));
        Tapedeck.useSession("segment-device-3", SESSION);
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Map.of(), Tapedeck.sessionReplayProperties());
    }

    @Test
    void anAppEventIsACustomEventWithItsNameAsTagAndItsProperties() throws Exception {
        Path sessions = tmp.resolve("sessions");
        Tapedeck.start(config(sessions, "1"));
        Tapedeck.useSession("segment-device-4", SESSION);
        Tapedeck.event("Order Completed", Map.of("total", 42.5, "currency", "EUR", "first", true));
        List<String> lines = List.of(awaitInFile(sessions.resolve(SESSION + ".ndjson"), "Order Completed")
                .split("\n"));
        String custom = lines.stream()
                .filter(l -> l.contains("\"type\":5"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(lines));
        assertTrue(custom.contains("\"tag\":\"Order Completed\""), custom);
        assertTrue(
                custom.contains("\"total\":42.5")
                        && custom.contains("\"currency\":\"EUR\"")
                        && custom.contains("\"first\":true"),
                custom);
    }

    @Test
    void badArgumentsAreClearErrors() {
        NullPointerException noName = assertThrows(NullPointerException.class, () -> Tapedeck.event(null, Map.of()));
        assertTrue(noName.getMessage().contains("name is null"), noName.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tapedeck.event("  ", Map.of()));
        IllegalArgumentException badDevice =
                assertThrows(IllegalArgumentException.class, () -> Tapedeck.useSession("a b", SESSION));
        assertTrue(badDevice.getMessage().contains("\"a b\""), badDevice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Tapedeck.useSession("device", 0));
        Tapedeck.event("not recording", null); // nothing happens while not recording
    }
}
