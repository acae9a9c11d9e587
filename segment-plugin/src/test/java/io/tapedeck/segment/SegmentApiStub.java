package io.tapedeck.segment;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for Segment's HTTP API on 127.0.0.1: accepts {@code POST /v1/import/} batches as
 * the real client sends them (gzip or plain, the write key in the body) and keeps every message
 * received, in order.
 */
final class SegmentApiStub implements AutoCloseable {
    private final HttpServer server;
    private final List<JsonObject> messages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    SegmentApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                InputStream in = exchange.getRequestBody();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                JsonObject upload = JsonParser.parseString(body).getAsJsonObject();
                if (!"POST".equals(exchange.getRequestMethod())
                        || !path.startsWith("/v1/import")
                        || !upload.has("writeKey")
                        || !upload.has("batch")) {
                    synchronized (this) {
                        problems.add(exchange.getRequestMethod() + " " + path + " " + body);
                    }
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                JsonArray batch = upload.getAsJsonArray("batch");
                synchronized (this) {
                    for (JsonElement m : batch) messages.add(m.getAsJsonObject());
                    notifyAll();
                }
                byte[] ok = "{\"success\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
            }
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The first {@code count} messages received, waiting at most 10 s for them. */
    synchronized List<JsonObject> await(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (messages.size() < count) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the Segment stand-in got " + messages.size() + " of " + count
                        + " messages; bad requests: " + problems);
            }
            wait(left);
        }
        if (!problems.isEmpty()) throw new AssertionError("bad requests: " + problems);
        return new ArrayList<>(messages.subList(0, count));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
