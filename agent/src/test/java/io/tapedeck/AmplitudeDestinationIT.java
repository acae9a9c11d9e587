package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code tapedeck.serverZone} through the public API, in this JVM: the agent picks the Amplitude
 * transport of the isolated uploader, and what was captured reaches an Amplitude stand-in on
 * 127.0.0.1 ({@code serverUrl} as the proxy override). The contract in detail (every header,
 * the body shape, retries, size limit, restart) is tested in the uploader's AmplitudeDestinationTest.
 */
class AmplitudeDestinationIT extends ShownWindowFixture {
    private static final String KEY = "amplitude-project-key";

    /** One accepted request: its query and gunzipped body. */
    record Track(String query, String body) {}

    private final List<Track> tracks = new CopyOnWriteArrayList<>();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private HttpServer amplitude;

    private String startAmplitude() throws IOException {
        amplitude = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        amplitude.createContext("/", this::handle);
        amplitude.start();
        return "http://127.0.0.1:" + amplitude.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            var h = exchange.getRequestHeaders();
            String problem = !exchange.getRequestMethod().equals("POST")
                    ? "method"
                    : !exchange.getRequestURI().getPath().equals("/sessions/v2/track")
                            ? "path"
                            : !("Bearer " + KEY).equals(h.getFirst("Authorization"))
                                    ? "auth"
                                    : !"application/json".equals(h.getFirst("Content-Type"))
                                            ? "content type"
                                            : !"gzip".equals(h.getFirst("Content-Encoding")) ? "encoding" : null;
            if (problem != null) {
                refusals.add(problem + " " + exchange.getRequestURI());
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String json;
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            tracks.add(new Track(exchange.getRequestURI().getRawQuery(), json));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @AfterEach
    void stopAmplitude() {
        if (amplitude != null) {
            amplitude.stop(0);
        }
    }

    private TapedeckConfig.Builder toAmplitude() {
        return settings("amplitude-it").set("serverZone", "US").set("apiKey", KEY);
    }

    @Test
    void whatWasCapturedReachesAmplitudeAsReplayEventsOfTheSession() throws Exception {
        String url = startAmplitude();
        Tapedeck.start(toAmplitude()
                .set("serverUrl", url)
                .set("enableRemoteConfig", "true")
                .build());
        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
        Thread.sleep(600);
        Tapedeck.flush();

        String replayId = Tapedeck.replayId().orElseThrow();
        String sessionId = replayId.substring(replayId.indexOf('/') + 1);
        assertEquals(List.of(), refusals);
        assertFalse(tracks.isEmpty(), String.join("\n", logLines));
        for (Track t : tracks) {
            assertEquals("device_id=amplitude-it&session_id=" + sessionId + "&type=replay", t.query());
            assertTrue(
                    t.body().startsWith("{\"version\":2,\"events\":[\""),
                    t.body().substring(0, 80));
        }
        String first = tracks.get(0).body();
        assertTrue(first.startsWith("{\"version\":2,\"events\":[\"{\\\"type\\\":4"), "Meta first, as a JSON string");
        assertTrue(tracks.stream().anyMatch(t -> t.body().contains(windowText)), "the window's label arrived");
        assertEquals(List.of(), tapedeckProblems(), "no warning, and no remote-configuration request to Amplitude");
    }

    /** The agent turns such a problem into one {@code [tapedeck] ERROR} line and records nothing (AgentLaunch). */
    @Test
    void aZoneWithoutAnApiKeyIsOneProblemAndNothingIsRecorded() {
        TapedeckConfigException e = org.junit.jupiter.api.Assertions.assertThrows(
                TapedeckConfigException.class,
                () -> Tapedeck.start(toAmplitude().set("apiKey", null).build()));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(
                e.problems().get(0).contains("tapedeck.serverZone=US")
                        && e.problems().get(0).contains("tapedeck.apiKey"),
                e.problems().get(0));
        assertFalse(Tapedeck.isRecording());
    }
}
