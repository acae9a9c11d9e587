package io.tapedeck.collector;

import io.tapedeck.uploader.protocol.Dictionaries;
import io.tapedeck.uploader.protocol.Protocol;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real collector on 127.0.0.1 (a free port) in the test JVM, over a data directory, an HTTP
 * client for it, and what it stored: the one collector every module's tests upload to (the
 * collector's own, the agent's ITs, the end-to-end suites), so that each test checks against the
 * real ingest and read API, not a stand-in. Other modules get it from the collector's test jar
 * ({@code tapedeck-collector}, type {@code test-jar}); it lives here rather than in the
 * {@code testing} module because the collector's own tests use {@code testing} (its headless
 * Chromium), and Maven allows no cycle.
 */
public final class CollectorFixture implements AutoCloseable {
    /** The API key the fixture's collector accepts (and {@link #agentArgs} sends). */
    public static final String API_KEY = "test-key-0123456789";

    private final Path dataDir;
    private final Collector collector;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CollectorFixture(Path dataDir, Collector collector) {
        this.dataDir = dataDir;
        this.collector = collector;
    }

    /** Starts a collector over {@code dataDir} that accepts {@link #API_KEY}. */
    public static CollectorFixture start(Path dataDir) {
        return start(dataDir, b -> b);
    }

    /**
     * Starts a collector over {@code dataDir} that accepts {@link #API_KEY}, with further
     * settings (remote configuration, limits, another key).
     */
    public static CollectorFixture start(Path dataDir, UnaryOperator<Collector.Builder> settings) {
        Collector collector = settings.apply(
                        Collector.builder().port(0).dataDir(dataDir).apiKey(API_KEY))
                .build()
                .start();
        return new CollectorFixture(dataDir, collector);
    }

    /** Its base address, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return collector.baseUrl();
    }

    public int port() {
        return collector.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Agent arguments that upload here, with the agent's own state under {@code tmp}. */
    public String agentArgs(Path tmp) {
        return "serverUrl=" + url() + ",apiKey=" + API_KEY + ",dataDir=" + tmp.resolve("data") + ",spoolDir="
                + tmp.resolve("spool");
    }

    public URI uri(String path) {
        return URI.create(url() + path);
    }

    /** A PUT of a batch as the uploader makes it. */
    public HttpRequest.Builder put(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + API_KEY)
                .header("Content-Type", Protocol.CONTENT_TYPE)
                .header("Content-Encoding", Protocol.CONTENT_ENCODING)
                .header(Protocol.HEADER_DICTIONARY, Dictionaries.current())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Event lines uploaded as one batch, compressed as the uploader compresses them. */
    public HttpResponse<String> putBatch(String deviceId, long sessionId, String batchId, List<String> lines)
            throws IOException, InterruptedException {
        return send(put("/v1/sessions/" + deviceId + "/" + sessionId + "/batches/" + batchId, compressed(lines)));
    }

    /** A batch body as the uploader sends it: zstd with the current dictionary. */
    public static byte[] compressed(List<String> lines) {
        return ZstdCodec.compress(ndjson(lines), 3, Dictionaries.current());
    }

    /** Event lines as NDJSON, as a batch holds them uncompressed. */
    public static byte[] ndjson(List<String> lines) {
        StringBuilder ndjson = new StringBuilder();
        for (String line : lines) ndjson.append(line).append('\n');
        return ndjson.toString().getBytes(StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET());
    }

    public HttpResponse<String> delete(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .DELETE();
        if (key != null) b.header("Authorization", "Bearer " + key);
        return send(b);
    }

    /**
     * The event lines the collector stored for a session ({@code <deviceId>/<sessionId>}), batch
     * by batch in sequence order; none while nothing arrived.
     */
    public List<String> storedLines(String replayId) {
        Path session = dataDir.resolve(replayId);
        List<String> lines = new ArrayList<>();
        if (!Files.isDirectory(session)) return lines;
        try {
            for (Path batch : batchFiles(session)) {
                lines.addAll(Files.readAllLines(batch));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Stored batch files of a session directory ({@code <batchId>.ndjson}), in sequence order. */
    public static List<Path> batchFiles(Path sessionDir) throws IOException {
        try (Stream<Path> files = Files.list(sessionDir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+\\.ndjson"))
                    .sorted(Comparator.comparingLong(CollectorFixture::sequence))
                    .collect(Collectors.toList());
        }
    }

    private static long sequence(Path batch) {
        String name = batch.getFileName().toString();
        return Long.parseLong(name.substring(0, name.indexOf('.')));
    }

    /** Every regular file under {@code dir}, relative, sorted. */
    public static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @Override
    public void close() {
        collector.stop();
    }
}
