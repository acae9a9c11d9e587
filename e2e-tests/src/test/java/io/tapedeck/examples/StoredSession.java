package io.tapedeck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One session as a collector stored it ({@code DIR/<deviceId>/<sessionId>/<batchId>.ndjson})
 * and as its read API returns it, with the checks every delivered session must pass.
 */
final class StoredSession {
    private static final ObjectMapper JSON = new ObjectMapper();

    final String replayId;
    final Path dir;
    /** The events from {@code GET /api/sessions/{d}/{s}/events}, one JSON text each. */
    final List<String> events;

    private StoredSession(String replayId, Path dir, List<String> events) {
        this.replayId = replayId;
        this.dir = dir;
        this.events = events;
    }

    static StoredSession read(Path sessionsDir, String baseUrl, String replayId) throws Exception {
        JsonNode array = JSON.readTree(new CollectorReadApi(baseUrl).eventsJson(replayId));
        List<String> events = new ArrayList<>();
        array.forEach(e -> events.add(e.toString()));
        return new StoredSession(replayId, sessionsDir.resolve(replayId), events);
    }

    /** The stored batch ids, numerically sorted. */
    List<String> batchIds() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".ndjson"))
                    .map(n -> n.substring(0, n.length() - ".ndjson".length()))
                    .sorted((a, b) ->
                            Long.compare(Long.parseLong(a.split("\\.")[0]), Long.parseLong(b.split("\\.")[0])))
                    .collect(Collectors.toList());
        }
    }

    /**
     * Every event arrived once and in order: batches 0..N with no gap and no split; the read API
     * returns exactly the stored lines; Meta then FullSnapshot first; timestamps never go back.
     */
    void assertCompleteAndInOrder() throws Exception {
        List<String> ids = batchIds();
        List<String> contiguous = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            contiguous.add(String.valueOf(i));
        }
        assertEquals(contiguous, ids, "batches 0..N, each once, no gap");
        long storedLines = 0;
        for (String id : ids) {
            storedLines += Files.readAllLines(dir.resolve(id + ".ndjson"), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .count();
        }
        assertEquals(storedLines, events.size(), "the read API returns every stored event once");
        assertTrue(events.size() > 10, "a real session: " + events.size() + " events");
        assertEquals(4, type(0), "Meta first");
        assertEquals(2, type(1), "then the FullSnapshot");
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            long ts = timestamp(i);
            assertTrue(ts >= previous, "event " + i + " goes back in time: " + ts + " < " + previous);
            previous = ts;
        }
    }

    int type(int index) throws IOException {
        return JSON.readTree(events.get(index)).get("type").asInt();
    }

    long timestamp(int index) throws IOException {
        return JSON.readTree(events.get(index)).get("timestamp").asLong();
    }

    long lastTimestamp() throws IOException {
        return timestamp(events.size() - 1);
    }

    /** The events as an {@code .ndjson} file, for {@link RrwebReplay}. */
    Path writeNdjson(Path file) throws IOException {
        Files.write(file, (String.join("\n", events) + "\n").getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
