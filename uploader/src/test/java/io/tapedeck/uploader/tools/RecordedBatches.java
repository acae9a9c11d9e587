package io.tapedeck.uploader.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recorded sessions (ndjson files, one rrweb event per line) cut into batches the way the
 * uploader cuts them: a batch closes when the next line would make it larger than
 * {@code maxBatchBytes}, or when it is {@code flushIntervalMs} old. Age is taken from the
 * events' own timestamps — this is a tool, not the uploader, so peeking at them is fine.
 */
final class RecordedBatches {
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*(\\d+)");

    private RecordedBatches() {}

    static List<Path> ndjsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".ndjson")).sorted().collect(Collectors.toList());
        }
    }

    static List<byte[]> cut(Path ndjson, int maxBatchBytes, long flushIntervalMs) throws IOException {
        List<byte[]> batches = new ArrayList<>();
        ByteArrayOutputStream batch = new ByteArrayOutputStream();
        long batchStart = -1;
        for (String line : Files.readAllLines(ndjson)) {
            if (line.isBlank()) {
                continue;
            }
            byte[] bytes = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long ts = timestamp(line);
            boolean tooOld = batchStart >= 0 && ts >= 0 && ts - batchStart >= flushIntervalMs;
            if (batch.size() > 0 && (batch.size() + bytes.length > maxBatchBytes || tooOld)) {
                batches.add(batch.toByteArray());
                batch.reset();
                batchStart = -1;
            }
            if (batchStart < 0) {
                batchStart = ts;
            }
            batch.write(bytes, 0, bytes.length);
        }
        if (batch.size() > 0) {
            batches.add(batch.toByteArray());
        }
        return batches;
    }

    private static long timestamp(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }
}
