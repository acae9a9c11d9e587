package io.tapedeck.collector.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Validates a decompressed batch — UTF-8 lines, each one rrweb event: a JSON object with a
 * numeric {@code type}, a numeric {@code timestamp} and an object {@code data} — and
 * summarises it for the session index. The first problem found is reported with its line
 * number; nothing of an invalid batch is stored.
 */
final class EventLines {
    /** rrweb EventType values the summary looks at. */
    private static final int FULL_SNAPSHOT = 2;

    private static final int INCREMENTAL_SNAPSHOT = 3;
    private static final int META = 4;
    /** rrweb IncrementalSource values. */
    private static final int SOURCE_MUTATION = 0;

    private static final int SOURCE_VIEWPORT_RESIZE = 4;

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    // Bounded by the decompressed-size limit already; deep Swing trees nest deep.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(10_000)
                            .maxStringLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private EventLines() {}

    static BatchSummary validate(byte[] ndjson) throws BadBatchException {
        int events = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        String title = null;
        int width = 0;
        int height = 0;
        int lineNumber = 0;
        int start = 0;
        while (start < ndjson.length) {
            lineNumber++;
            int end = indexOf(ndjson, (byte) '\n', start);
            int lineEnd = end < 0 ? ndjson.length : end;
            JsonNode event = parse(ndjson, start, lineEnd - start, lineNumber);
            events++;
            long ts = event.get("timestamp").asLong();
            first = Math.min(first, ts);
            last = Math.max(last, ts);
            int type = event.get("type").asInt();
            JsonNode data = event.get("data");
            if (type == META
                    || (type == INCREMENTAL_SNAPSHOT && data.path("source").asInt(-1) == SOURCE_VIEWPORT_RESIZE)) {
                width = Math.max(width, data.path("width").asInt(0));
                height = Math.max(height, data.path("height").asInt(0));
            }
            if (title == null) title = windowTitleIn(type, data);
            start = lineEnd + 1;
        }
        if (events == 0) throw new BadBatchException("the batch holds no events");
        return new BatchSummary(events, first, last, title, width, height);
    }

    private static JsonNode parse(byte[] bytes, int offset, int length, int lineNumber) throws BadBatchException {
        if (length == 0 || (length == 1 && bytes[offset] == '\r')) {
            throw new BadBatchException("line " + lineNumber + ": empty line (expected one rrweb event per line)");
        }
        JsonNode event;
        try {
            event = JSON.readTree(bytes, offset, length);
        } catch (JsonProcessingException e) {
            throw new BadBatchException("line " + lineNumber + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadBatchException("line " + lineNumber + ": unreadable: " + e.getMessage());
        }
        if (event == null || !event.isObject()) {
            throw new BadBatchException("line " + lineNumber + ": expected a JSON object");
        }
        if (!event.path("type").isNumber()) {
            throw new BadBatchException("line " + lineNumber + ": \"type\" must be a number");
        }
        if (!event.path("timestamp").isNumber()) {
            throw new BadBatchException("line " + lineNumber + ": \"timestamp\" must be a number");
        }
        if (!event.path("data").isObject()) {
            throw new BadBatchException("line " + lineNumber + ": \"data\" must be an object");
        }
        return event;
    }

    private static String windowTitleIn(int type, JsonNode data) {
        if (type == FULL_SNAPSHOT) return WindowTitles.find(data.path("node"));
        if (type == INCREMENTAL_SNAPSHOT && data.path("source").asInt(-1) == SOURCE_MUTATION) {
            for (JsonNode add : data.path("adds")) {
                String title = WindowTitles.find(add.path("node"));
                if (title != null) return title;
            }
        }
        return null;
    }

    private static int indexOf(byte[] bytes, byte b, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == b) return i;
        }
        return -1;
    }
}
