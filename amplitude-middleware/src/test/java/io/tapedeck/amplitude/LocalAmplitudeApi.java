package io.tapedeck.amplitude;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Amplitude's HTTP API V2 ({@code POST /2/httpapi}) on 127.0.0.1, for the real SDK to send to.
 *
 * <p>Over HTTPS because the SDK (1.13.0) only speaks HTTPS: it casts its connection to
 * {@code HttpsURLConnection}. The certificate is made once per test JVM with the JDK's keytool
 * (a child JVM: a second or more, too much to pay for every test) and trusted by this JVM's
 * default HTTPS socket factory, which is what the SDK's connections use.
 */
final class LocalAmplitudeApi implements AutoCloseable {
    private static final String PASSWORD = "localapi";

    private static SSLContext tls;

    private final HttpsServer server;
    private final List<JSONObject> events = new ArrayList<>();

    LocalAmplitudeApi() throws Exception {
        SSLContext tls = tlsWithSelfSignedCertificate();
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

    private static synchronized SSLContext tlsWithSelfSignedCertificate() throws Exception {
        if (tls == null) {
            Path dir = Files.createTempDirectory("local-amplitude-api");
            try {
                tls = tlsWithSelfSignedCertificate(dir.resolve("local-amplitude-api.p12"));
            } finally {
                try (var files = Files.list(dir)) {
                    for (Path f : (Iterable<Path>) files::iterator) Files.delete(f);
                }
                Files.delete(dir);
            }
        }
        return tls;
    }

    private static SSLContext tlsWithSelfSignedCertificate(Path keystore) throws Exception {
        // An EC key and a JVM that starts light: a third of the CPU of the defaults (RSA 2048).
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-J-XX:TieredStopAtLevel=1",
                        "-J-XX:+UseSerialGC",
                        "-genkeypair",
                        "-alias",
                        "local",
                        "-keyalg",
                        "EC",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "san=ip:127.0.0.1",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keystore.toString(),
                        "-storepass",
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(keys);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
