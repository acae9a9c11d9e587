package io.tapedeck.segment;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what a {@code file:} destination wrote: {@code DIR/<sessionId>.ndjson}, one rrweb event a line. */
final class Recordings {
    private Recordings() {}

    static List<JsonObject> events(Path dir, long sessionId) throws IOException {
        Path file = dir.resolve(sessionId + ".ndjson");
        List<JsonObject> events = new ArrayList<>();
        if (!Files.exists(file)) return events;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) events.add(JsonParser.parseString(line).getAsJsonObject());
        }
        return events;
    }

    /** The Custom events (rrweb type 5) of a session. */
    static List<JsonObject> customEvents(Path dir, long sessionId) throws IOException {
        List<JsonObject> custom = new ArrayList<>();
        for (JsonObject e : events(dir, sessionId)) {
            if (e.get("type").getAsInt() == 5) custom.add(e);
        }
        return custom;
    }

    /**
     * The Custom events of a session once there are at least {@code count} (the recorder writes app
     * events from its first snapshot on, which the UI thread takes a moment after the start),
     * flushing while waiting; at most 10 s.
     */
    static List<JsonObject> awaitCustomEvents(Path dir, long sessionId, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (true) {
            io.tapedeck.Tapedeck.flush();
            List<JsonObject> custom = customEvents(dir, sessionId);
            if (custom.size() >= count || System.currentTimeMillis() > deadline) return custom;
            Thread.sleep(50);
        }
    }

    static List<Path> sessionFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
        }
    }
}
