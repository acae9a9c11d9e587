package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SESSION = 1_700_000_000_000L;

    @TempDir
    Path temp;

    CollectorFixture c;

    @BeforeEach
    void start() {
        c = CollectorFixture.start(
                temp.resolve("data"), b -> b.maxRequestBytes(64 * 1024).maxDecompressedBytes(8L << 20));
    }

    @AfterEach
    void stop() {
        c.close();
    }

    @Test
    void batchesAreStoredAndReadBackInBatchOrderWhateverTheArrivalOrder() throws Exception {
        List<String> session = TestEvents.session(SESSION);
        assertEquals(
                201, c.putBatch("dev-1", SESSION, "2", session.subList(5, 7)).statusCode());
        assertEquals(
                201, c.putBatch("dev-1", SESSION, "0", session.subList(0, 2)).statusCode());
        assertEquals(
                201, c.putBatch("dev-1", SESSION, "1", session.subList(2, 5)).statusCode());

        HttpResponse<String> events = c.get("/api/sessions/dev-1/" + SESSION + "/events");
        assertEquals(200, events.statusCode());
        assertTrue(events.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(JSON.readTree("[" + String.join(",", session) + "]"), JSON.readTree(events.body()));

        JsonNode list = JSON.readTree(c.get("/api/sessions").body());
        assertEquals(1, list.size());
        JsonNode row = list.get(0);
        assertEquals("dev-1/" + SESSION, row.get("replayId").asText());
        assertEquals(SESSION, row.get("start").asLong());
        assertEquals(2_000, row.get("duration").asLong());
        assertEquals(TestEvents.WINDOW_TITLE, row.get("windowTitle").asText());
        assertEquals(7, row.get("events").asInt());
        assertEquals(CollectorFixture.ndjson(session).length, row.get("bytes").asLong());
    }

    @Test
    void aRetriedBatchIsAcknowledgedWith200AndStoredOnce() throws Exception {
        List<String> first = List.of(TestEvents.marker(SESSION, "original"));
        assertEquals(201, c.putBatch("dev-1", SESSION, "0", first).statusCode());
        List<String> filesBefore = CollectorFixture.filesUnder(c.dataDir());

        HttpResponse<String> retry = c.putBatch("dev-1", SESSION, "0", List.of(TestEvents.marker(SESSION, "changed")));
        assertEquals(200, retry.statusCode());

        assertEquals(filesBefore, CollectorFixture.filesUnder(c.dataDir()));
        String events = c.get("/api/sessions/dev-1/" + SESSION + "/events").body();
        assertTrue(events.contains("original") && !events.contains("changed"), events);
        assertEquals(
                1,
                JSON.readTree(c.get("/api/sessions").body())
                        .get(0)
                        .get("events")
                        .asInt());
    }

    @Test
    void splitBatchesAreOrderedComponentByComponent() throws Exception {
        List<String> sent = List.of("10", "7.1.1", "6", "9", "7.0", "8", "7.1.0");
        for (String batch : sent) {
            long ts = SESSION + sent.indexOf(batch); // timestamps deliberately not in batch order
            assertEquals(
                    201,
                    c.putBatch("dev-1", SESSION, batch, List.of(TestEvents.marker(ts, batch)))
                            .statusCode());
        }
        JsonNode events = JSON.readTree(
                c.get("/api/sessions/dev-1/" + SESSION + "/events").body());
        List<String> order = new ArrayList<>();
        events.forEach(e -> order.add(e.at("/data/payload/label").asText()));
        assertEquals(List.of("6", "7.0", "7.1.0", "7.1.1", "8", "9", "10"), order);
    }

    @Test
    void aMissingOrWrongKeyIs401AndStoresNothing() throws Exception {
        byte[] body = CollectorFixture.compressed(TestEvents.session(SESSION));
        String path = "/v1/sessions/dev-1/" + SESSION + "/batches/0";
        HttpRequest.Builder noKey = HttpRequest.newBuilder(c.uri(path))
                .header("Content-Encoding", "zstd")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        assertEquals(401, c.send(noKey).statusCode());
        assertEquals(
                401,
                c.send(c.put(path, body).setHeader("Authorization", "Bearer wrong-key"))
                        .statusCode());
        assertEquals(
                401,
                c.send(c.put(path, body).setHeader("Authorization", "Bearer " + CollectorFixture.API_KEY + "x"))
                        .statusCode());
        assertEquals(
                401,
                c.send(c.put(path, body).setHeader("Authorization", CollectorFixture.API_KEY))
                        .statusCode());
        assertEquals(List.of(), CollectorFixture.filesUnder(c.dataDir()));
    }

    @Test
    void garbageTruncatedOrUnknownBodiesAre400() throws Exception {
        String path = "/v1/sessions/dev-1/" + SESSION + "/batches/0";
        byte[] valid = CollectorFixture.compressed(TestEvents.session(SESSION));
        byte[] garbage = "this is not zstd at all".getBytes(StandardCharsets.UTF_8);

        assertEquals(400, c.send(c.put(path, garbage)).statusCode());
        assertEquals(400, c.send(c.put(path, new byte[0])).statusCode());
        HttpResponse<String> truncated = c.send(c.put(path, Arrays.copyOf(valid, valid.length / 2)));
        assertEquals(400, truncated.statusCode(), truncated.body());
        assertEquals(
                400,
                c.send(c.put(path, valid).setHeader("Tapedeck-Dictionary", "no-such-dict"))
                        .statusCode());
        // Compressed with the dictionary, but sent as if without one.
        assertEquals(
                400,
                c.send(HttpRequest.newBuilder(c.uri(path))
                                .header("Authorization", "Bearer " + CollectorFixture.API_KEY)
                                .header("Content-Encoding", "zstd")
                                .PUT(HttpRequest.BodyPublishers.ofByteArray(valid)))
                        .statusCode());
        assertEquals(
                400,
                c.send(c.put(path, valid).setHeader("Content-Encoding", "gzip")).statusCode());
        assertEquals(List.of(), CollectorFixture.filesUnder(c.dataDir()));
    }

    @Test
    void everyLineIsValidatedAndTheProblemNamesTheLine() throws Exception {
        String ok = TestEvents.marker(SESSION, "ok");
        assertProblem(List.of(ok, "{not json"), "line 2: not valid JSON");
        assertProblem(List.of(ok, ok, "[1,2]"), "line 3: expected a JSON object");
        assertProblem(List.of("{\"type\":\"4\",\"data\":{},\"timestamp\":1}"), "line 1: \"type\" must be a number");
        assertProblem(List.of("{\"type\":4,\"data\":{}}"), "line 1: \"timestamp\" must be a number");
        assertProblem(List.of(ok, "{\"type\":4,\"data\":[],\"timestamp\":1}"), "line 2: \"data\" must be an object");
        assertProblem(List.of(ok, "", ok), "line 2: empty line");
        assertProblem(List.of(ok + " {\"type\":4}"), "line 1: not valid JSON");
        assertProblem(List.of(), "no events");
        assertEquals(List.of(), CollectorFixture.filesUnder(c.dataDir()));
    }

    private void assertProblem(List<String> lines, String expected) throws Exception {
        HttpResponse<String> r = c.putBatch("dev-1", SESSION, "0", lines);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(expected), "expected '" + expected + "' in: " + r.body());
    }

    @Test
    void zstdBombsAre413BeforeTheyAreInflated() throws Exception {
        String path = "/v1/sessions/dev-1/" + SESSION + "/batches/0";
        byte[] zeros = new byte[64 << 20];
        // One frame that declares its 64 MiB, and one streamed frame that does not say.
        byte[] declared = Zstd.compress(zeros, 19);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (ZstdOutputStream out = new ZstdOutputStream(streamed, 3)) {
            for (int i = 0; i < 64; i++) out.write(zeros, 0, 1 << 20);
        }
        assertTrue(declared.length < 64 * 1024 && streamed.size() < 64 * 1024, "bombs must fit the request limit");
        for (byte[] bomb : List.of(declared, streamed.toByteArray())) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(c.uri(path))
                    .header("Authorization", "Bearer " + CollectorFixture.API_KEY)
                    .header("Content-Encoding", "zstd")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bomb)));
            assertEquals(413, r.statusCode(), r.body());
        }
        assertEquals(List.of(), CollectorFixture.filesUnder(c.dataDir()));
        assertEquals(
                201,
                c.putBatch("dev-1", SESSION, "0", TestEvents.session(SESSION)).statusCode());
    }

    @Test
    void oversizedRequestsAre413WithOrWithoutALength() throws Exception {
        String path = "/v1/sessions/dev-1/" + SESSION + "/batches/0";
        byte[] big = new byte[100 * 1024];
        new Random(1).nextBytes(big);
        assertEquals(413, c.send(c.put(path, big)).statusCode());
        // Expect: 100-continue (by hand: JDK 17's client hangs on a final answer to it): the
        // refusal comes before the client sends a byte of the body.
        assertEquals(413, rawPut(path, big, "Expect: 100-continue\r\n", false));
        HttpRequest.Builder chunked = c.put(path, big)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)));
        assertEquals(413, c.send(chunked).statusCode());
        assertEquals(List.of(), CollectorFixture.filesUnder(c.dataDir()));
        assertEquals(
                201,
                c.putBatch("dev-1", SESSION, "0", TestEvents.session(SESSION)).statusCode());
    }

    @Test
    void pathTricksAre4xxAndNothingIsWrittenOutsideTheDataDirectory() throws Exception {
        byte[] body = CollectorFixture.compressed(TestEvents.session(SESSION));
        String longId = "1".repeat(300);
        List<String> targets = List.of(
                "/v1/sessions/../../escape/1/batches/0",
                "/v1/sessions/dev/1/../../../../escape/batches/0",
                "/v1/sessions/%2e%2e/1/batches/0",
                "/v1/sessions/%2E%2E/%2E%2E/batches/0",
                "/v1/sessions/dev/..%2F..%2Fescape/batches/0",
                "/v1/sessions/..%2F..%2Fescape/1/batches/0",
                "/v1/sessions/dev/1/batches/..%2F..%2F..%2Fescape",
                "/v1/sessions/dev/1/batches/%2e%2e",
                "/v1/sessions/dev/1/batches/0%2F..%2F..%2Fx",
                "/v1/sessions/%2Ftmp%2Fescape/1/batches/0",
                "/v1/sessions//tmp/escape/1/batches/0",
                "/v1/sessions/" + temp.resolve("escape").toString().replace("/", "%2F") + "/1/batches/0",
                "/v1/sessions/dev%5C..%5C..%5Cescape/1/batches/0",
                "/v1/sessions/C:%5Cescape/1/batches/0",
                "/v1/sessions/.hidden/1/batches/0",
                "/v1/sessions/dev%00x/1/batches/0",
                "/v1/sessions/dev/1%00/batches/0",
                "/v1/sessions/dev/-1/batches/0",
                "/v1/sessions/dev/99999999999999999999/batches/0",
                "/v1/sessions/" + "a".repeat(65) + "/1/batches/0",
                "/v1/sessions/dev/1/batches/" + longId,
                "/v1/sessions/dev/1/batches/" + "9".repeat(20_000),
                "/v1/sessions/dev/1/batches/1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9.0.1.2.3.4.5",
                "/v1/sessions/dev/1/batches/-3",
                "/v1/sessions/dev/1/batches/1e3");
        for (String target : targets) {
            int status = rawPut(target, body, "", true);
            assertTrue(status >= 400 && status < 500, target + " -> " + status);
        }
        List<String> everything = CollectorFixture.filesUnder(temp);
        assertEquals(List.of(), everything, "nothing may be written anywhere for a refused request");
        assertEquals(
                201,
                c.putBatch("dev-1", SESSION, "0", TestEvents.session(SESSION)).statusCode());
        assertEquals(200, c.get("/api/sessions").statusCode());
        assertTrue(CollectorFixture.filesUnder(temp).stream().allMatch(f -> f.startsWith("data/")));
    }

    /** A request written byte for byte, so no client library normalises the path first. */
    private int rawPut(String target, byte[] body, String extraHeaders, boolean sendBody) throws IOException {
        try (Socket s = new Socket("127.0.0.1", c.port())) {
            s.setSoTimeout(10_000);
            String head = "PUT " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + CollectorFixture.API_KEY + "\r\n"
                    + "Content-Encoding: zstd\r\nTapedeck-Dictionary: "
                    + io.tapedeck.uploader.protocol.Dictionaries.current() + "\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n" + extraHeaders + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (sendBody) out.write(body);
                out.flush();
            } catch (IOException refusedEarly) {
                // The server may answer and close before taking the body.
            }
            InputStream in = s.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            int ch;
            while ((ch = in.read()) >= 0 && ch != '\n') statusLine.append((char) ch);
            String[] parts = statusLine.toString().split(" ");
            return Integer.parseInt(parts[1]);
        }
    }
}
