package io.tapedeck.collector.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The small metadata file of one stored session, {@code session.json}, updated as batches
 * arrive. It is a cache: the batch files are the truth, and an index that disagrees with
 * them (a crash between storing a batch and updating the index) is rebuilt from them.
 *
 * @param batches    batch files this index has counted
 * @param start      smallest event timestamp (epoch ms), or 0 without events
 * @param end        largest event timestamp (epoch ms), or 0 without events
 * @param bytes      event bytes stored (uncompressed NDJSON)
 * @param windowTitle the title of the first window seen, or null
 * @param titleBatch the batch id the title came from (a lower batch arriving later wins)
 * @param width      largest viewport width seen
 * @param height     largest viewport height seen
 * @param droppedBatches batches the agent reported as dropped before sending
 */
record SessionIndex(
        String deviceId,
        String sessionId,
        int batches,
        long events,
        long start,
        long end,
        long bytes,
        String windowTitle,
        String titleBatch,
        int width,
        int height,
        long droppedBatches) {
    static final String FILE_NAME = "session.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static SessionIndex empty(String deviceId, String sessionId) {
        return new SessionIndex(deviceId, sessionId, 0, 0, 0, 0, 0, null, null, 0, 0, 0);
    }

    /** This index with one more batch counted. */
    SessionIndex plus(String batchId, int batchBytes, BatchSummary batch, long dropped) {
        boolean titleFromThis =
                batch.windowTitle() != null && (windowTitle == null || BatchNames.compare(batchId, titleBatch) < 0);
        return new SessionIndex(
                deviceId,
                sessionId,
                batches + 1,
                events + batch.events(),
                events == 0 ? batch.firstTimestamp() : Math.min(start, batch.firstTimestamp()),
                events == 0 ? batch.lastTimestamp() : Math.max(end, batch.lastTimestamp()),
                bytes + batchBytes,
                titleFromThis ? batch.windowTitle() : windowTitle,
                titleFromThis ? batchId : titleBatch,
                Math.max(width, batch.width()),
                Math.max(height, batch.height()),
                droppedBatches + dropped);
    }

    /** This index counting {@code batchFiles} files (some may have been unreadable). */
    SessionIndex recounted(int batchFiles, long dropped) {
        return new SessionIndex(
                deviceId,
                sessionId,
                batchFiles,
                events,
                start,
                end,
                bytes,
                windowTitle,
                titleBatch,
                width,
                height,
                dropped);
    }

    long duration() {
        return Math.max(0, end - start);
    }

    byte[] toJson() throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
    }

    static SessionIndex read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), SessionIndex.class);
    }
}
