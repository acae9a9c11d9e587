package io.tapedeck.collector.internal;

import io.tapedeck.uploader.protocol.BatchId;
import java.util.Comparator;

/**
 * Batch files are named {@code <batchId>.ndjson}, the batch id in its canonical wire form
 * (so {@code 07} and {@code 7} are the same batch). Their order is {@link BatchId}'s:
 * {@code 6 < 7 < 7.0 < 7.1 < 8}.
 */
final class BatchNames {
    static final String SUFFIX = ".ndjson";

    private BatchNames() {}

    static String fileName(BatchId id) {
        return id + SUFFIX;
    }

    /** The batch id of a stored batch file's name, or null when the name is not one. */
    static BatchId idOf(String fileName) {
        if (!fileName.endsWith(SUFFIX)) return null;
        try {
            return BatchId.parse(fileName.substring(0, fileName.length() - SUFFIX.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Compares two canonical batch ids; null sorts last. */
    static int compare(String a, String b) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        return BatchId.parse(a).compareTo(BatchId.parse(b));
    }

    static final Comparator<BatchId> ORDER = BatchId::compareTo;
}
