package io.tapedeck.uploader.internal;

import com.sun.net.httpserver.HttpExchange;
import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.Protocol;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small collector for tests on 127.0.0.1: implements the batch upload of docs/protocol.md
 * (auth, bounded zstd decompression, de-duplication by device/session/batch) and can be told
 * to misbehave.
 */
final class TestCollector extends ScriptedTestServer<TestCollector> {
    private static final Pattern BATCH_PATH = Pattern.compile("/v1/sessions/([^/]+)/([^/]+)/batches/([^/]+)");

    /** One request as it arrived. */
    record Request(String batchId, int status, String droppedBatches, String dictionary, long atNanos) {}

    private final Map<String, Map<BatchId, List<String>>> stored = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String apiKey = "secret";

    /** Scripted statuses ({@link #failNext}) that are not HTTP: promise a body and never send it; close unanswered. */
    static final int HANG = -1;

    static final int CLOSE = -2;

    TestCollector() throws IOException {
        super("test-collector", Long.MAX_VALUE);
    }

    @Override
    void handle(HttpExchange exchange, byte[] body, long at) throws IOException {
        Matcher m = BATCH_PATH.matcher(exchange.getRequestURI().getPath());
        String batchText = m.matches() ? m.group(3) : "?";
        String dropped = exchange.getRequestHeaders().getFirst(Protocol.HEADER_DROPPED_BATCHES);
        String dict = exchange.getRequestHeaders().getFirst(Protocol.HEADER_DICTIONARY);
        int status = scriptedStatus();
        if (status == HANG) {
            requests.add(new Request(batchText, HANG, dropped, dict, at));
            exchange.sendResponseHeaders(200, 100); // promises a body, then never sends it
            exchange.getResponseBody().flush();
            sleepQuietly(60_000);
            return;
        }
        if (status == CLOSE) {
            requests.add(new Request(batchText, CLOSE, dropped, dict, at));
            return; // nothing sent: the exchange is closed unanswered
        }
        if (status == 0) {
            status = store(exchange, m, body, dict);
        }
        requests.add(new Request(batchText, status, dropped, dict, at));
        if (status == 429 || status == 503) {
            if (retryAfter != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
        }
        byte[] text = ("status " + status + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, text.length);
        exchange.getResponseBody().write(text);
    }

    private int store(HttpExchange exchange, Matcher m, byte[] body, String dict) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!(Protocol.AUTHORIZATION_PREFIX + apiKey).equals(auth)) {
            return 401;
        }
        if (!exchange.getRequestMethod().equals("PUT")
                || !m.matches()
                || !Protocol.isValidDeviceId(m.group(1))
                || !Protocol.isValidSessionId(m.group(2))) {
            return 400;
        }
        BatchId id;
        byte[] raw;
        try {
            id = BatchId.parse(m.group(3));
            raw = ZstdCodec.decompress(body, dict, maxRawBytes);
        } catch (IllegalArgumentException e) {
            return 400;
        } catch (ZstdCodec.BodyException e) {
            return e.tooLarge() ? 413 : 400;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (!text.endsWith("\n")) {
            return 400;
        }
        List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
        Map<BatchId, List<String>> session = stored.computeIfAbsent(
                m.group(1) + "/" + m.group(2), k -> Collections.synchronizedMap(new TreeMap<>()));
        return session.putIfAbsent(id, lines) == null ? 201 : 200;
    }

    /** Every stored line of a session, batches in order. */
    List<String> lines(String deviceId, long sessionId) {
        Map<BatchId, List<String>> session = stored.getOrDefault(deviceId + "/" + sessionId, Map.of());
        List<String> all = new ArrayList<>();
        synchronized (session) {
            session.values().forEach(all::addAll);
        }
        return all;
    }

    List<BatchId> batchIds(String deviceId, long sessionId) {
        Map<BatchId, List<String>> session = stored.getOrDefault(deviceId + "/" + sessionId, Map.of());
        synchronized (session) {
            return new ArrayList<>(session.keySet());
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
