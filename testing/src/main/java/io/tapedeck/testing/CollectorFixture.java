package io.tapedeck.testing;

import io.tapedeck.collector.Collector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * A real collector on 127.0.0.1 (a free port) in the test JVM, over a data directory, and what
 * it stored: the one collector every module's tests upload to (the agent's ITs, the end-to-end
 * suites), so that each test checks against the real ingest and read API, not a stand-in.
 */
public final class CollectorFixture implements AutoCloseable {
    /** The API key the fixture's collector accepts (and the agent arguments send). */
    public static final String API_KEY = "test-key-0123456789";

    private final Collector collector;
    private final Path dataDir;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CollectorFixture(Collector collector, Path dataDir) {
        this.collector = collector;
        this.dataDir = dataDir;
    }

    /** Starts a collector over {@code dataDir} that accepts {@link #API_KEY}. */
    public static CollectorFixture start(Path dataDir) {
        return start(dataDir, b -> b.apiKey(API_KEY));
    }

    /**
     * Starts a collector over {@code dataDir} on a free port, with the given settings (an API
     * key, remote configuration, limits).
     */
    public static CollectorFixture start(Path dataDir, UnaryOperator<Collector.Builder> settings) {
        return new CollectorFixture(
                settings.apply(Collector.builder().port(0).dataDir(dataDir))
                        .build()
                        .start(),
                dataDir);
    }

    /** Its base address, {@code http://127.0.0.1:PORT}. */
    public String url() {
        return collector.baseUrl();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Agent arguments that upload here, with the agent's own state under {@code tmp}. */
    public String agentArgs(Path tmp) {
        return "serverUrl=" + url() + ",apiKey=" + API_KEY + ",dataDir=" + tmp.resolve("data") + ",spoolDir="
                + tmp.resolve("spool");
    }

    /** A GET of the read API; fails unless the answer is 200. */
    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url() + path))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** A session's events as the read API returns them: a JSON array of rrweb events. */
    public String eventsJson(String replayId) throws IOException, InterruptedException {
        return get("/api/sessions/" + replayId + "/events");
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

    @Override
    public void close() {
        collector.stop();
    }
}
