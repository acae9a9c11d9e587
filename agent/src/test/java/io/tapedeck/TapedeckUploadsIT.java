package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.internal.AgentTestAccess;
import io.tapedeck.collector.CollectorFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The public API uploading to a real collector, in this JVM (the uploader comes from the nested
 * jar in target/classes, in its own class loader): flush delivers, remote configuration is read,
 * an insecure URL is refused.
 */
class TapedeckUploadsIT extends ShownWindowFixture {
    private TapedeckConfig.Builder uploadingTo(String url) {
        return settings("upload-it").set("serverUrl", url);
    }

    @Test
    void flushDeliversWhatWasCapturedToTheCollectorWithinTwoSeconds() throws Exception {
        startCollector();
        Tapedeck.start(uploadingTo(collector.url()).build());
        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        Thread.sleep(600);

        long began = System.nanoTime();
        Tapedeck.flush();
        long tookMs = (System.nanoTime() - began) / 1_000_000;

        assertTrue(tookMs < 2500, "flush took " + tookMs + " ms");
        String events = get("/api/sessions/" + Tapedeck.replayId().orElseThrow() + "/events");
        assertTrue(
                events.startsWith("[{\"type\":4"),
                "Meta first: " + events.substring(0, Math.min(200, events.length())));
        assertTrue(events.contains(windowText), "the window's label arrived");
        assertEquals(List.of(), tapedeckProblems());
    }

    @Test
    void aSessionRecordedAgainAfterAPauseKeepsBothPartsAtTheCollector() throws Exception {
        startCollector();
        long session = System.currentTimeMillis() - 60_000;
        Tapedeck.useSession("analytics-device", session);
        Tapedeck.start(uploadingTo(collector.url()).build());
        Tapedeck.event("Before the pause", java.util.Map.of());
        Thread.sleep(600);
        Tapedeck.flush();
        Tapedeck.stop(); // an analytics plugin's pause: everything so far is sent and gone from the spool

        Tapedeck.useSession("analytics-device", session); // resume in the same analytics session
        Tapedeck.start(uploadingTo(collector.url()).build());
        Tapedeck.event("After the pause", java.util.Map.of());
        Thread.sleep(600);
        Tapedeck.flush();

        String events = get("/api/sessions/analytics-device/" + session + "/events");
        assertTrue(events.contains("Before the pause"), "the first part");
        assertTrue(events.contains("After the pause"), "the second part was not taken for batches the collector had");
        assertTrue(events.indexOf("Before the pause") < events.indexOf("After the pause"), "in order");
    }

    @Test
    void theRemoteConfigurationOfTheApiKeyIsReadAtStart() {
        startCollector(b -> b.remoteConfig(CollectorFixture.API_KEY, 1.0, "medium"));
        Tapedeck.start(
                uploadingTo(collector.url()).set("enableRemoteConfig", "true").build());

        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        assertEquals(Optional.of(1.0), AgentTestAccess.remoteSampleRate());
        assertEquals(Optional.of(MaskLevel.MEDIUM), AgentTestAccess.remoteMaskLevel());
    }

    @Test
    void withoutEnableRemoteConfigNothingIsAsked() {
        startCollector(b -> b.remoteConfig(CollectorFixture.API_KEY, 0.25, "medium"));
        Tapedeck.start(uploadingTo(collector.url()).build());

        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        assertEquals(Optional.empty(), AgentTestAccess.remoteSampleRate());
    }

    @Test
    void aCollectorThatNeverAnswersDelaysStartByAtMostAboutOneSecond() throws Exception {
        try (io.tapedeck.agent.internal.HangingServerAccess hanging =
                io.tapedeck.agent.internal.HangingServerAccess.start()) {
            long began = System.nanoTime();
            Tapedeck.start(uploadingTo("http://127.0.0.1:" + hanging.port())
                    .set("enableRemoteConfig", "true")
                    .build());
            long startMs = (System.nanoTime() - began) / 1_000_000;
            assertTrue(startMs < 1600, "start took " + startMs + " ms");
            assertTrue(Tapedeck.isRecording());

            began = System.nanoTime();
            Tapedeck.flush();
            long flushMs = (System.nanoTime() - began) / 1_000_000;
            assertTrue(flushMs < 2600, "flush took " + flushMs + " ms");

            began = System.nanoTime();
            Tapedeck.stop();
            long stopMs = (System.nanoTime() - began) / 1_000_000;
            assertTrue(stopMs < 2600, "stop took " + stopMs + " ms");
        }
    }

    @Test
    void plainHttpToAnotherHostIsRefusedWithOneErrorLine() {
        Tapedeck.start(uploadingTo("http://10.255.255.1:8787").build());

        assertFalse(Tapedeck.isRecording());
        List<String> errors = tapedeckProblems();
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(
                errors.get(0).startsWith("[tapedeck] ERROR tapedeck.serverUrl=http://10.255.255.1:8787"),
                errors.get(0));
        assertFalse(String.join("\n", logLines).contains(CollectorFixture.API_KEY), "the API key is never printed");
    }

    /** A GET of the collector's read API; fails unless the answer is 200. */
    private String get(String path) throws Exception {
        HttpResponse<String> response = collector.get(path);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
