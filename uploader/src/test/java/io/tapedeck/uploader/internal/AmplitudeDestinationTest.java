package io.tapedeck.uploader.internal;

import static io.tapedeck.uploader.internal.UploaderTest.batchFiles;
import static io.tapedeck.uploader.internal.UploaderTest.offerAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The uploader with {@code serverZone} set, against a server enforcing Amplitude's Session Replay contract. */
class AmplitudeDestinationTest {
    static final String DEVICE = "3f0c2a1e-device";
    static final long SESSION = 1_700_000_000_000L;

    @TempDir
    Path spool;

    TestAmplitude amplitude;
    final List<String> logged = new CopyOnWriteArrayList<>();
    final List<Uploader> started = new ArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        amplitude = new TestAmplitude();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Uploader u : started) {
            u.close(200);
            assertTrue(u.awaitTerminationForTest(5000), "uploader thread ends");
        }
        amplitude.close();
    }

    UploaderSettings.Builder settings() {
        return UploaderSettings.builder()
                .serverZone("US")
                .serverUrl(amplitude.url()) // the proxy override points at the contract server
                .apiKey(amplitude.apiKey())
                .spoolDir(spool)
                .flushIntervalMs(200)
                .maxBatchBytes(64 * 1024)
                .connectTimeoutMs(1000)
                .responseTimeoutMs(2000)
                .retryBackoffMs(20, 100)
                .log(logged::add);
    }

    Uploader start(UploaderSettings.Builder settings) {
        Uploader u = Uploader.start(settings.build(), DEVICE, SESSION);
        started.add(u);
        return u;
    }

    /** rrweb-shaped lines with what a JSON string must escape: quotes, backslashes, non-ASCII. */
    static List<String> events(int from, int count, int padding) {
        return IntStream.range(from, from + count)
                .mapToObj(i ->
                        "{\"type\":3,\"data\":{\"source\":5,\"text\":\"Grüße \\\"" + i + "\\\" C:\\\\dir €\",\"pad\":\""
                                + "q\\\"".repeat(padding) + "\"},\"timestamp\":" + (SESSION + i) + "}")
                .collect(Collectors.toList());
    }

    @Test
    void everyEventArrivesOnceInOrderAsAJsonStringOfTheContract() throws Exception {
        Uploader u = start(settings());
        List<String> sent = events(0, 2000, 10);
        offerAll(u, sent);
        assertTrue(u.flush(15_000), "delivered: " + u.counters() + " " + logged + " " + amplitude.requests);
        assertEquals(sent, amplitude.events(DEVICE, SESSION), "each line is one string element, unchanged");
        assertTrue(amplitude.requests.size() > 3, "several batches");
        assertTrue(amplitude.requests.stream().allMatch(r -> r.status() == 200), amplitude.requests.toString());
        assertTrue(batchFiles(spool).isEmpty(), "spool emptied after the 2xx");
        assertTrue(logged.isEmpty(), logged.toString());
    }

    @Test
    void a503IsRetriedAndNothingArrivesTwice() throws Exception {
        amplitude.failNext(503, 1).failNext(500, 1);
        Uploader u = start(settings());
        List<String> sent = events(0, 300, 3);
        offerAll(u, sent);
        assertTrue(u.flush(15_000), logged.toString());
        assertEquals(sent, amplitude.events(DEVICE, SESSION));
        assertEquals(503, amplitude.requests.get(0).status());
        assertEquals(500, amplitude.requests.get(1).status());
        assertEquals(200, amplitude.requests.get(2).status());
        assertEquals(
                1,
                logged.stream()
                        .filter(l -> l.startsWith("cannot upload to " + amplitude.url() + "/sessions/v2/track"))
                        .count(),
                logged.toString());
    }

    @Test
    void retryAfterOnA429IsHonoured() throws Exception {
        amplitude.retryAfter("1").failNext(429, 1);
        Uploader u = start(settings());
        offerAll(u, events(0, 3, 1));
        assertTrue(u.flush(10_000));
        List<TestAmplitude.Request> r = amplitude.requests;
        assertEquals(429, r.get(0).status());
        assertEquals(200, r.get(1).status());
        long waitedMs =
                TimeUnit.NANOSECONDS.toMillis(r.get(1).atNanos() - r.get(0).atNanos());
        assertTrue(
                waitedMs >= 950, "waited " + waitedMs + " ms after Retry-After: 1 (backoff alone is at most 100 ms)");
    }

    @Test
    void aBatchAboveTwoMillionRawBytesGoesOutAsSeveralRequestsEachWithinTheLimit() throws Exception {
        // One batch of ~3 MB of lines whose escaping makes the JSON body bigger still.
        Uploader u = start(settings().maxBatchBytes(4_000_000).flushIntervalMs(60_000));
        List<String> sent = events(0, 600, 1500);
        offerAll(u, sent);
        assertTrue(u.flush(20_000), logged + " " + amplitude.requests);
        assertEquals(sent, amplitude.events(DEVICE, SESSION), "every event once, in order");
        assertTrue(amplitude.requests.size() >= 3, "split over several requests: " + amplitude.requests);
        assertTrue(
                amplitude.requests.stream()
                        .allMatch(r -> r.status() == 200 && r.rawBytes() <= AmplitudeSender.MAX_RAW_BYTES),
                "no request was refused or over the limit: " + amplitude.requests);
        assertTrue(u.counters().splitBatches() >= 1, "split locally, before sending: " + u.counters());
    }

    @Test
    void a413FromTheServerSplitsTheBatch() throws Exception {
        amplitude.maxRawBytes(20_000);
        Uploader u = start(settings());
        List<String> sent = events(0, 200, 20);
        offerAll(u, sent);
        assertTrue(u.flush(15_000), logged + " " + amplitude.requests);
        assertEquals(sent, amplitude.events(DEVICE, SESSION));
        assertTrue(amplitude.requests.stream().anyMatch(r -> r.status() == 413), "the server refused a batch first");
    }

    @Test
    void aRefusedKeyStopsUploadsWithOneErrorAndKeepsTheSpool() throws Exception {
        Uploader u = start(settings().apiKey("not-the-key"));
        offerAll(u, events(0, 100, 1));
        assertFalse(u.flush(2000));
        offerAll(u, events(100, 100, 1));
        assertFalse(u.flush(500));
        assertTrue(u.apiKeyRefused());
        assertEquals(1, amplitude.requests.size(), "no request after the 401");
        assertEquals(401, amplitude.requests.get(0).status());
        List<String> errors = logged.stream().filter(l -> l.contains("API key")).collect(Collectors.toList());
        assertEquals(1, errors.size(), logged.toString());
        assertTrue(errors.get(0).contains("Amplitude refused the API key"), errors.get(0));
        assertFalse(batchFiles(spool).isEmpty(), "spool kept");
    }

    @Test
    void theSpoolSurvivesARestartAndGoesToAmplitudeAfterwards() throws Exception {
        amplitude.always(503);
        Uploader first = start(settings());
        List<String> sent = events(0, 1000, 5);
        offerAll(first, sent);
        assertFalse(first.flush(500));
        first.abandonForTest(); // like a killed process: only what was spooled remains
        assertFalse(batchFiles(spool).isEmpty());

        amplitude.always(0);
        Uploader second = Uploader.start(settings().build(), DEVICE, SESSION + 1);
        started.add(second);
        assertTrue(second.flush(15_000), logged.toString());
        List<String> got = amplitude.events(DEVICE, SESSION);
        assertFalse(got.isEmpty(), "the earlier run's batches arrive");
        assertEquals(sent.subList(0, got.size()), got, "a gap-free prefix of what the first run offered, each once");
    }

    @Test
    void theZonesNameAmplitudesHostsAndServerUrlOverridesThem() {
        UploaderSettings.Builder b = UploaderSettings.builder().apiKey("k").spoolDir(spool);
        assertEquals(
                "https://api-sr.amplitude.com",
                AmplitudeSender.baseUrl(b.serverZone("US").build()));
        assertEquals(
                "https://api-sr.eu.amplitude.com",
                AmplitudeSender.baseUrl(b.serverZone("eu").build()));
        assertEquals(
                "https://proxy.example.com/amp",
                AmplitudeSender.baseUrl(b.serverZone("EU")
                        .serverUrl("https://proxy.example.com/amp/")
                        .build()));
        assertThrows(IllegalArgumentException.class, () -> b.serverZone("APAC").build());
        assertThrows(
                IllegalArgumentException.class,
                () -> b.serverZone("US").apiKey(null).build(),
                "Amplitude needs a key");
        assertThrows(
                IllegalArgumentException.class,
                () -> Transport.of(b.serverZone("US")
                        .apiKey("k")
                        .serverUrl("http://proxy.example.com")
                        .build()),
                "plain http to another host is refused as for a collector");
    }

    @Test
    void theBodyIsEveryLineAsOneJsonStringAndNullAboveTheLimit() {
        byte[] ndjson = "{\"a\":\"x\\\"y\"}\n{\"b\":\"\t\"}\n".getBytes(StandardCharsets.UTF_8);
        String body = new String(AmplitudeSender.body(ndjson, 1000), StandardCharsets.UTF_8);
        assertEquals(
                "{\"version\":2,\"events\":[\"{\\\"a\\\":\\\"x\\\\\\\"y\\\"}\",\"{\\\"b\\\":\\\"\\u0009\\\"}\"]}",
                body);
        com.fasterxml.jackson.databind.JsonNode events =
                TestAmplitude.parse(body).get("events");
        assertEquals(
                List.of("{\"a\":\"x\\\"y\"}", "{\"b\":\"\t\"}"),
                List.of(events.get(0).textValue(), events.get(1).textValue()));
        assertEquals(2, events.size());
        assertEquals(null, AmplitudeSender.body(ndjson, body.length() - 1));
    }

    /** The server is only worth testing against if it refuses what breaks the contract. */
    @Test
    void theContractServerRefusesAnythingElse() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String good = "{\"version\":2,\"events\":[\"{\\\"type\\\":2,\\\"timestamp\\\":1,\\\"data\\\":{}}\"]}";
        String query = "?device_id=d1&session_id=5&type=replay";
        assertEquals(
                200, post(http, "POST", TestAmplitude.PATH + query, "Bearer amp-key", "application/json", gzip(good)));
        assertEquals(
                405, post(http, "PUT", TestAmplitude.PATH + query, "Bearer amp-key", "application/json", gzip(good)));
        assertEquals(404, post(http, "POST", "/v1/track" + query, "Bearer amp-key", "application/json", gzip(good)));
        assertEquals(
                401, post(http, "POST", TestAmplitude.PATH + query, "Bearer other", "application/json", gzip(good)));
        assertEquals(
                400,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + "?device_id=d1&session_id=5",
                        "Bearer amp-key",
                        "application/json",
                        gzip(good)));
        assertEquals(
                400,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + query + "&x=1",
                        "Bearer amp-key",
                        "application/json",
                        gzip(good)));
        assertEquals(
                400,
                post(http, "POST", TestAmplitude.PATH + query, "Bearer amp-key", "application/x-ndjson", gzip(good)));
        assertEquals(
                400,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + query,
                        "Bearer amp-key",
                        "application/json",
                        good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                400,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + query,
                        "Bearer amp-key",
                        "application/json",
                        gzip("{\"version\":2,\"events\":[{\"type\":2,\"timestamp\":1,\"data\":{}}]}")),
                "events must be strings");
        assertEquals(
                400,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + query,
                        "Bearer amp-key",
                        "application/json",
                        gzip("{\"version\":1,\"events\":[\"{}\"]}")));
        assertEquals(
                413,
                post(
                        http,
                        "POST",
                        TestAmplitude.PATH + query,
                        "Bearer amp-key",
                        "application/json",
                        gzip(good.replace("{}", "{\\\"p\\\":\\\"" + "x".repeat(2_000_000) + "\\\"}"))));
        assertEquals(List.of("{\"type\":2,\"timestamp\":1,\"data\":{}}"), amplitude.events("d1", 5));
    }

    private int post(HttpClient http, String method, String pathAndQuery, String auth, String type, byte[] body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(amplitude.url() + pathAndQuery))
                .header("Authorization", auth)
                .header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (body.length > 1 && (body[0] & 0xFF) == 0x1f && (body[1] & 0xFF) == 0x8b) {
            b.header("Content-Encoding", "gzip");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] gzip(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
