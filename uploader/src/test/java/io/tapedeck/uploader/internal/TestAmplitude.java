package io.tapedeck.uploader.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * Amplitude's Session Replay ingestion as a test server on 127.0.0.1, enforcing exactly the
 * contract and refusing everything else with a reason:
 * {@code POST /sessions/v2/track?device_id=D&session_id=S&type=replay} (those three parameters,
 * each once, nothing more), {@code Authorization: Bearer <key>} (else 401),
 * {@code Content-Type: application/json}, {@code Content-Encoding: gzip}, no Tapedeck headers,
 * a body that gunzips to at most {@link #maxRawBytes} (else 413) and parses as
 * {@code {"version":2,"events":[<string>...]}} with every string an rrweb event (an object
 * with numeric {@code type} and {@code timestamp} and an object {@code data}). Accepted events
 * are stored per device/session in arrival order; a retry of an accepted request would store
 * them twice, so a test sees duplicates.
 */
final class TestAmplitude extends ScriptedTestServer<TestAmplitude> {
    static final String PATH = "/sessions/v2/track";

    /** One request as it arrived: its status and the reason for a refusal. */
    record Request(int status, String reason, int rawBytes, int events, long atNanos) {}

    private final Map<String, List<String>> stored = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String apiKey = "amp-key";

    TestAmplitude() throws IOException {
        super("test-amplitude", 2_000_000);
    }

    String apiKey() {
        return apiKey;
    }

    @Override
    void handle(HttpExchange exchange, byte[] body, long at) throws IOException {
        int status = scriptedStatus();
        Request request;
        if (status != 0) {
            request = new Request(status, "scripted", -1, 0, at);
        } else {
            request = check(exchange, body, at);
            status = request.status();
        }
        requests.add(request);
        if ((status == 429 || status == 503) && retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        byte[] text =
                ((status / 100 == 2 ? "{\"code\":200}" : request.reason()) + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, text.length);
        exchange.getResponseBody().write(text);
    }

    /** The contract, in the order a real server would check it. */
    private Request check(HttpExchange exchange, byte[] body, long at) {
        Headers h = exchange.getRequestHeaders();
        if (!exchange.getRequestMethod().equals("POST")) {
            return refuse(405, "method " + exchange.getRequestMethod(), at);
        }
        if (!exchange.getRequestURI().getRawPath().equals(PATH)) {
            return refuse(404, "path " + exchange.getRequestURI().getRawPath(), at);
        }
        if (!("Bearer " + apiKey).equals(single(h, "Authorization"))) {
            return refuse(401, "missing or wrong API key", at);
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (query == null
                || !query.keySet().equals(Set.of("device_id", "session_id", "type"))
                || !query.get("type").equals("replay")
                || query.get("device_id").isEmpty()
                || !query.get("session_id").matches("[1-9][0-9]{0,18}")) {
            return refuse(
                    400,
                    "query must be exactly device_id, session_id (digits), type=replay: "
                            + exchange.getRequestURI().getRawQuery(),
                    at);
        }
        if (!"application/json".equals(single(h, "Content-Type"))) {
            return refuse(400, "Content-Type " + h.get("Content-Type"), at);
        }
        if (!"gzip".equals(single(h, "Content-Encoding"))) {
            return refuse(400, "Content-Encoding " + h.get("Content-Encoding"), at);
        }
        for (String name : h.keySet()) {
            if (name.toLowerCase().startsWith("tapedeck")) {
                return refuse(400, "unexpected header " + name, at);
            }
        }
        byte[] raw;
        try {
            raw = gunzip(body, maxRawBytes);
        } catch (IOException e) {
            return refuse(400, "body is not gzip: " + e.getMessage(), at);
        }
        if (raw == null) {
            return refuse(413, "body above " + maxRawBytes + " bytes uncompressed", at);
        }
        List<String> events;
        try {
            events = events(new String(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return refuse(400, "body shape: " + e.getMessage(), at);
        }
        stored.computeIfAbsent(
                        query.get("device_id") + "/" + query.get("session_id"), k -> new CopyOnWriteArrayList<>())
                .addAll(events);
        return new Request(200, "", raw.length, events.size(), at);
    }

    private static Request refuse(int status, String reason, long at) {
        return new Request(status, reason, -1, 0, at);
    }

    private static String single(Headers h, String name) {
        List<String> values = h.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    /** Decoded parameters, or null when one repeats. */
    private static Map<String, String> query(String raw) {
        Map<String, String> out = new TreeMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            if (out.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                return null;
            }
        }
        return out;
    }

    /** The gunzipped body, or null when it expands beyond {@code max} (read no further than that). */
    private static byte[] gunzip(byte[] body, long max) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > max) {
                    return null;
                }
            }
            return out.toByteArray();
        }
    }

    /**
     * Strict JSON: no trailing text, no repeated keys (the server must not trust the code under
     * test to have produced valid JSON).
     */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
    }

    /** The event strings of a valid body. */
    private static List<String> events(String json) {
        JsonNode root = parse(json);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        Set<String> fields = new java.util.HashSet<>();
        root.fieldNames().forEachRemaining(fields::add);
        JsonNode version = root.get("version");
        if (!fields.equals(Set.of("version", "events")) || !version.isNumber() || version.doubleValue() != 2) {
            throw new IllegalArgumentException("expected exactly version 2 and events, got " + fields);
        }
        JsonNode items = root.get("events");
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalArgumentException("events is not a list of events");
        }
        List<String> events = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("an event that is not a string: " + item);
            }
            JsonNode event = parse(item.textValue());
            if (!event.path("type").isNumber()
                    || !event.path("timestamp").isNumber()
                    || !event.path("data").isObject()) {
                throw new IllegalArgumentException("not an rrweb event: " + item.textValue());
            }
            events.add(item.textValue());
        }
        return events;
    }

    /** Every accepted event of a session, in arrival order. */
    List<String> events(String deviceId, long sessionId) {
        return new ArrayList<>(stored.getOrDefault(deviceId + "/" + sessionId, List.of()));
    }
}
