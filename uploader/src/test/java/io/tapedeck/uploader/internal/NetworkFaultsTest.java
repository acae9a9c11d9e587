package io.tapedeck.uploader.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.tapedeck.testing.SelfSignedTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the network does to an upload that the collector's status codes do not cover: a
 * collector that answers one byte a second, a name that does not resolve, a certificate this JVM
 * does not trust, a network that only a proxy reaches. Each attempt is over
 * within its timeouts, is reported once, keeps the batches spooled, and never holds up the app.
 */
class NetworkFaultsTest {
    private static final String DEVICE = "net-faults";
    private static final long SESSION = 1_700_000_000_000L;

    @TempDir
    Path spool;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final List<Uploader> started = new ArrayList<>();
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (Uploader u : started) u.close(500);
        for (AutoCloseable s : servers) s.close();
    }

    private Uploader start(UploaderSettings.Builder settings) {
        Uploader u = Uploader.start(settings.spoolDir(spool).log(logged::add).build(), DEVICE, SESSION);
        started.add(u);
        return u;
    }

    @Test
    void aCollectorAnsweringOneByteASecondIsGivenUpWithinTheTimeouts() throws Exception {
        Dribbler dribbler = new Dribbler();
        servers.add(dribbler);
        Uploader u = start(UploaderSettings.builder()
                .serverUrl("http://127.0.0.1:" + dribbler.port())
                .apiKey("secret")
                .flushIntervalMs(50)
                .connectTimeoutMs(500)
                .responseTimeoutMs(1_500)
                .retryBackoffMs(60_000, 60_000)); // one attempt in this test's time
        UploaderTest.offerAll(u, UploaderTest.lines(0, 5));
        long t0 = System.nanoTime();
        UploaderTest.await("the dribbling attempt is given up", () -> !logged.isEmpty(), 10_000);
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertTrue(tookMs < 4_000, "one attempt is over within connect + response timeout, took " + tookMs + " ms");
        assertTrue(logged.get(0).startsWith("cannot upload to"), logged.toString());
        assertEquals(1, logged.size(), "reported once: " + logged);
        assertFalse(UploaderTest.batchFiles(spool).isEmpty(), "the batch stays spooled");
    }

    @Test
    void aNameThatDoesNotResolveIsReportedOnceAndTheBatchesAreKept() throws Exception {
        Uploader u = start(UploaderSettings.builder()
                .serverUrl("http://collector.tapedeck.invalid:8787") // .invalid never resolves (RFC 2606)
                .allowInsecureHttp(true)
                .apiKey("secret")
                .flushIntervalMs(50)
                .retryBackoffMs(100, 200));
        UploaderTest.offerAll(u, UploaderTest.lines(0, 5));
        assertFalse(u.flush(1_500), "nothing can be delivered");
        assertEquals(1, logged.size(), "reported once, however often it is retried: " + logged);
        assertTrue(logged.get(0).contains("collector.tapedeck.invalid"), logged.toString());
        assertTrue(logged.get(0).contains("UnknownHost"), "says why: " + logged);
        assertFalse(UploaderTest.batchFiles(spool).isEmpty(), "the batches stay spooled");
    }

    @Test
    void anUntrustedCertificateIsRefusedAndReportedOnceAndNothingIsSentInTheClear() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(SelfSignedTls.context()));
        server.createContext("/", exchange -> {
            answered.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
        servers.add(() -> server.stop(0));
        Uploader u = start(UploaderSettings.builder()
                .serverUrl("https://127.0.0.1:" + server.getAddress().getPort())
                .apiKey("secret")
                .flushIntervalMs(50)
                .retryBackoffMs(100, 200));
        UploaderTest.offerAll(u, UploaderTest.lines(0, 5));
        assertFalse(u.flush(1_500), "a certificate this JVM does not trust is refused");
        assertEquals(0, answered.get(), "no request (and no API key) went to the untrusting peer");
        assertEquals(1, logged.size(), "reported once, however often it is retried: " + logged);
        assertTrue(logged.get(0).contains("SSLHandshakeException"), "says why: " + logged);
        assertFalse(UploaderTest.batchFiles(spool).isEmpty(), "the batches stay spooled");
    }

    @Test
    void aNetworkThatOnlyGoesThroughAProxyIsReachedThroughTheJvmsProxySettings() throws Exception {
        TestCollector collector = new TestCollector();
        servers.add(collector);
        int collectorPort =
                Integer.parseInt(collector.url().substring(collector.url().lastIndexOf(':') + 1));
        ForwardingProxy proxy = new ForwardingProxy("collector.tapedeck.invalid", collectorPort);
        servers.add(proxy);
        // What an app behind a corporate proxy runs with (-Dhttp.proxyHost=… -Dhttp.proxyPort=…).
        System.setProperty("http.proxyHost", "127.0.0.1");
        System.setProperty("http.proxyPort", String.valueOf(proxy.port()));
        servers.add(() -> {
            System.clearProperty("http.proxyHost");
            System.clearProperty("http.proxyPort");
        });
        Uploader u = start(UploaderSettings.builder()
                .serverUrl("http://collector.tapedeck.invalid:" + collectorPort) // resolves only for the proxy
                .allowInsecureHttp(true)
                .apiKey("secret")
                .flushIntervalMs(50));
        List<String> sent = UploaderTest.lines(0, 20);
        UploaderTest.offerAll(u, sent);
        assertTrue(u.flush(10_000), "delivered through the proxy: " + logged);
        assertEquals(sent, collector.lines(DEVICE, SESSION));
        assertTrue(proxy.forwarded.get() > 0, "the requests went through the proxy");
        assertEquals(List.of(), logged);
    }

    /**
     * A server on 127.0.0.1 that speaks raw HTTP/1.1, for what a JDK server will not do: each
     * connection is answered on a thread of its own by {@link #answer}.
     */
    private abstract static class RawLoopbackServer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());

        RawLoopbackServer(String name) throws IOException {
            Thread accepting = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try {
                                Socket socket = server.accept();
                                Thread answering = new Thread(() -> answerQuietly(socket), name + "-answer");
                                answering.setDaemon(true);
                                answering.start();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    name);
            accepting.setDaemon(true);
            accepting.start();
        }

        int port() {
            return server.getLocalPort();
        }

        /** Answers one connection; throwing ends it (the client gave up, or the server closed). */
        abstract void answer(Socket socket, InputStream in) throws IOException, InterruptedException;

        private void answerQuietly(Socket socket) {
            try (socket) {
                answer(socket, socket.getInputStream());
            } catch (IOException | InterruptedException gone) {
                // the other end went away: what these servers are for
            }
        }

        /** The request head up to its blank line, or null when the connection ended first. */
        static String readHead(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) return null;
                head.append((char) b);
                matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return head.toString();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }

    /**
     * Reads each request's head and answers {@code 201} with a 1,000-byte body, one byte a
     * second: every read gets a byte long before any read timeout.
     */
    private static final class Dribbler extends RawLoopbackServer {
        Dribbler() throws IOException {
            super("dribbler");
        }

        @Override
        void answer(Socket socket, InputStream in) throws IOException, InterruptedException {
            if (readHead(in) == null) return;
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 201 Created\r\nContent-Length: 1000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 1000; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(1_000);
            }
        }
    }

    /**
     * An HTTP proxy for one origin: takes absolute-form requests ({@code PUT http://HOST:PORT/…}) for
     * {@code host}, which only it can reach (on 127.0.0.1), and passes each on with its answer.
     */
    private static final class ForwardingProxy extends RawLoopbackServer {
        private final String host;
        private final int targetPort;
        final AtomicInteger forwarded = new AtomicInteger();

        ForwardingProxy(String host, int targetPort) throws IOException {
            super("forwarding-proxy");
            this.host = host;
            this.targetPort = targetPort;
        }

        /** One request per connection: passed on with {@code Connection: close}, the answer relayed to the end. */
        @Override
        void answer(Socket client, InputStream raw) throws IOException {
            java.io.DataInputStream in = new java.io.DataInputStream(raw);
            String head = readHead(in);
            if (head == null) return;
            String[] lines = head.split("\r\n");
            String[] requestLine = lines[0].split(" ");
            String prefix = "http://" + host + ":" + targetPort;
            if (!requestLine[1].startsWith(prefix)) {
                client.getOutputStream()
                        .write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            StringBuilder out = new StringBuilder(
                    requestLine[0] + " " + requestLine[1].substring(prefix.length()) + " " + requestLine[2] + "\r\n");
            int length = 0;
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':')))
                        .trim();
                if (name.equalsIgnoreCase("Content-Length"))
                    length = Integer.parseInt(
                            lines[i].substring(lines[i].indexOf(':') + 1).trim());
                if (name.equalsIgnoreCase("Connection") || name.equalsIgnoreCase("Proxy-Connection")) continue;
                if (!lines[i].isEmpty()) out.append(lines[i]).append("\r\n");
            }
            out.append("Connection: close\r\n\r\n");
            byte[] body = new byte[length];
            in.readFully(body);
            try (Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
                target.getOutputStream().write(out.toString().getBytes(StandardCharsets.US_ASCII));
                target.getOutputStream().write(body);
                target.getOutputStream().flush();
                target.getInputStream().transferTo(client.getOutputStream());
            }
            forwarded.incrementAndGet();
        }
    }
}
