package io.tapedeck.uploader.internal;

/**
 * How a spooled batch reaches its destination: a Tapedeck collector ({@link HttpSender}) or
 * Amplitude's Session Replay ingestion ({@link AmplitudeSender}). A transport sends one batch
 * once and reports the status; what to do about it (delete, retry, split, stop) is
 * {@link Delivery}'s, the same for every destination.
 */
interface Transport extends AutoCloseable {
    /** What came back: a status, or {@code status == -1} for a network error. */
    final class Result {
        final int status;
        final String retryAfter;
        final String detail;

        Result(int status, String retryAfter, String detail) {
            this.status = status;
            this.retryAfter = retryAfter;
            this.detail = detail;
        }

        @Override
        public String toString() {
            return status < 0 ? detail : "HTTP " + status + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    /** The transport the settings ask for; refuses insecure or malformed URLs here, before anything is spooled. */
    static Transport of(UploaderSettings settings) {
        return settings.serverZone() == null ? new HttpSender(settings) : new AmplitudeSender(settings);
    }

    /**
     * Sends one spooled batch once.
     *
     * @param droppedBatches batches dropped locally since the last successful upload, for destinations that take a report
     * @throws SpoolFile.CorruptException when the batch cannot be turned into a request (it is set aside)
     */
    Result send(SpoolFile.Name name, SpoolFile.Contents contents, long droppedBatches)
            throws SpoolFile.CorruptException;

    /** Who receives, for messages: "the collector", "Amplitude". */
    String receiver();

    /** Where requests go (never the API key), for messages. */
    String endpoint();

    /** Aborts a request in progress (from another thread) and closes every connection. */
    @Override
    void close();
}
