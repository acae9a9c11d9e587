package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.fail;

import io.tapedeck.collector.Collector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A real collector on 127.0.0.1 (a free port), in the test JVM, and what it stored. */
final class CollectorForTests implements AutoCloseable {
    static final String API_KEY = "it-key-0123456789";

    private final Collector collector;
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CollectorForTests(Collector collector, Path dataDir) {
        this.collector = collector;
        this.dataDir = dataDir;
    }

    static CollectorForTests start(Path dataDir) {
        return new CollectorForTests(Collector.builder().port(0).dataDir(dataDir).apiKey(API_KEY).build().start(), dataDir);
    }

    static CollectorForTests start(Path dataDir, Double sampleRate, String maskLevel) {
        return new CollectorForTests(Collector.builder().port(0).dataDir(dataDir)
                .remoteConfig(API_KEY, sampleRate, maskLevel).build().start(), dataDir);
    }

    String url() {
        return collector.baseUrl();
    }

    /** Agent arguments uploading here. */
    String agentArgs(Path tmp) {
        return "serverUrl=" + url() + ",apiKey=" + API_KEY + ",dataDir=" + tmp.resolve("data") + ",spoolDir=" + tmp.resolve("spool");
    }

    /** The session's events as the read API returns them: one JSON object per element. */
    String eventsJson(String replayId) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/api/sessions/" + replayId + "/events"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) fail("GET events of " + replayId + ": HTTP " + response.statusCode() + " " + response.body());
        return response.body();
    }

    /** The rrweb event types of the session's stored batches, batch by batch in order. */
    List<Integer> eventTypes(String replayId) throws IOException {
        Path session = dataDir.resolve(replayId);
        if (!Files.isDirectory(session)) return List.of();
        List<Integer> types = new java.util.ArrayList<>();
        for (Path batch : batchFiles(session)) {
            for (String line : Files.readAllLines(batch)) {
                types.add(SessionFile.typeOf(line));
            }
        }
        return types;
    }

    /** Stored batch files of a session ({@code <batchId>.ndjson}), in sequence order. */
    static List<Path> batchFiles(Path sessionDir) throws IOException {
        try (Stream<Path> files = Files.list(sessionDir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+\\.ndjson"))
                    .sorted((a, b) -> Long.compare(sequence(a), sequence(b)))
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
