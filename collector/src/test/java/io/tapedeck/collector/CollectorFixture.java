package io.tapedeck.collector;

import io.tapedeck.uploader.protocol.Dictionaries;
import io.tapedeck.uploader.protocol.Protocol;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A real collector on 127.0.0.1 (ephemeral port) over a temp directory, and an HTTP client for it. */
final class CollectorFixture implements AutoCloseable {
    static final String KEY = "test-key-0123456789";

    final Path dataDir;
    final Collector collector;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CollectorFixture(Path dataDir) {
        this(dataDir, b -> b);
    }

    CollectorFixture(Path dataDir, UnaryOperator<Collector.Builder> settings) {
        this.dataDir = dataDir;
        this.collector = settings.apply(
                        Collector.builder().port(0).dataDir(dataDir).apiKey(KEY))
                .build()
                .start();
    }

    URI uri(String path) {
        return URI.create(collector.baseUrl() + path);
    }

    /** A PUT of a batch as the uploader makes it. */
    HttpRequest.Builder put(String path, byte[] body) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + KEY)
                .header("Content-Type", Protocol.CONTENT_TYPE)
                .header("Content-Encoding", Protocol.CONTENT_ENCODING)
                .header(Protocol.HEADER_DICTIONARY, Dictionaries.current())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putBatch(String deviceId, long sessionId, String batchId, List<String> lines)
            throws IOException, InterruptedException {
        return send(put(
                "/v1/sessions/" + deviceId + "/" + sessionId + "/batches/" + batchId, TestEvents.compressed(lines)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .GET());
    }

    HttpResponse<String> delete(String path, String key) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .DELETE();
        if (key != null) b.header("Authorization", "Bearer " + key);
        return send(b);
    }

    /** Every regular file under {@code dir}, relative, sorted. */
    static List<String> filesUnder(Path dir) throws IOException {
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
