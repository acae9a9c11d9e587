package io.tapedeck.amplitude;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.tapedeck.testing.SelfSignedTls;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Amplitude's HTTP API V2 ({@code POST /2/httpapi}) on 127.0.0.1, for the real SDK to send to.
 *
 * <p>Over HTTPS because the SDK (1.13.0) only speaks HTTPS: it casts its connection to
 * {@code HttpsURLConnection}. The certificate ({@link SelfSignedTls}) is trusted by this JVM's
 * default HTTPS socket factory, which is what the SDK's connections use.
 */
final class LocalAmplitudeApi implements AutoCloseable {
    private final HttpsServer server;
    private final List<JSONObject> events = new ArrayList<>();

    LocalAmplitudeApi() throws Exception {
        SSLContext tls = SelfSignedTls.context();
        HttpsURLConnection.setDefaultSSLSocketFactory(tls.getSocketFactory());
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/2/httpapi", this::receive);
        server.start();
    }

    /** The URL to give {@code Amplitude.setServerUrl}. */
    String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/2/httpapi";
    }

    /** The events received so far, each as the JSON object the SDK sent. */
    synchronized List<JSONObject> events() {
        return new ArrayList<>(events);
    }

    /** Waits until {@code count} events have arrived; fails after 10 s. */
    List<JSONObject> awaitEvents(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<JSONObject> now = events();
            if (now.size() >= count) return now;
            Thread.sleep(20);
        }
        throw new AssertionError("expected " + count + " events, received " + events());
    }

    private void receive(HttpExchange exchange) throws java.io.IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int status = 200;
            List<JSONObject> accepted = new ArrayList<>();
            JSONObject answer = new JSONObject();
            try {
                JSONObject request = new JSONObject(body);
                if (!"POST".equals(exchange.getRequestMethod())
                        || request.optString("api_key").isEmpty()) {
                    throw new IllegalArgumentException("not an HTTP API V2 upload");
                }
                JSONArray sent = request.getJSONArray("events");
                for (int i = 0; i < sent.length(); i++) accepted.add(sent.getJSONObject(i));
                answer.put("code", 200)
                        .put("events_ingested", sent.length())
                        .put("payload_size_bytes", body.length())
                        .put("server_upload_time", System.currentTimeMillis());
            } catch (RuntimeException bad) {
                status = 400;
                answer.put("code", 400).put("error", String.valueOf(bad.getMessage()));
            }
            byte[] out = answer.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
            // Counted once answered, so a test that ends right after never cuts the SDK's request short.
            synchronized (this) {
                events.addAll(accepted);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
