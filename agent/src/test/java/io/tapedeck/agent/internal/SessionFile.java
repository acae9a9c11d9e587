package io.tapedeck.agent.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads what a {@code file:} destination wrote: one rrweb event per line. */
final class SessionFile {
    static final int META = 4;
    static final int FULL_SNAPSHOT = 2;

    private SessionFile() {}

    static List<String> events(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The type of the first event; fails clearly when nothing was written. */
    static int firstEventType(Path file) throws IOException {
        List<String> events = events(file);
        if (events.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(file + " has no events: the recording started but captured nothing");
        }
        return typeOf(events.get(0));
    }

    /** The top-level {@code type} of each event line, in order. */
    static List<Integer> typesOf(List<String> eventLines) throws IOException {
        List<Integer> types = new java.util.ArrayList<>();
        for (String line : eventLines) {
            types.add(typeOf(line));
        }
        return types;
    }

    /** The top-level {@code type} of one event line; fails the parse if the line is not JSON. */
    static int typeOf(String eventLine) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(eventLine)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) throw new IOException("not an object: " + eventLine);
            int type = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if ("type".equals(name) && parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                    type = parser.getIntValue();
                } else {
                    parser.skipChildren();
                }
            }
            return type;
        }
    }
}
