package io.tapedeck.agent.internal;

import io.tapedeck.core.internal.destination.Destination;

/**
 * The recorder's {@link Destination} when {@code tapedeck.serverUrl} names a collector, or
 * {@code tapedeck.serverZone} sends to Amplitude: every
 * event line goes to the {@link IsolatedUploader}, which batches, spools and sends on its own
 * thread. Nothing here waits for the network except {@link #close()}, and that at most
 * {@link #CLOSE_TIMEOUT_MS}.
 */
final class UploaderDestination implements Destination {
    /**
     * What closing may cost: it runs inside the recorder's bounded stop (2 s), also at JVM exit,
     * so it must leave time for the recorder's own last events. What is not delivered by then
     * stays in the spool and goes out at the next start.
     */
    static final long CLOSE_TIMEOUT_MS = 1500;

    private final IsolatedUploader uploader;
    private final String description;

    /** {@code description}: where uploads go, as {@link IsolatedUploader#describe} says it. */
    UploaderDestination(IsolatedUploader uploader, String description) {
        this.uploader = uploader;
        this.description = description;
    }

    @Override
    public void write(byte[] eventLine) {
        uploader.offer(eventLine); // a dropped line is counted and reported by the uploader
    }

    /**
     * Nothing: the recorder calls this every second, and the uploader cuts batches by size and
     * age itself ({@code tapedeck.flushIntervalMs}); sealing a batch every second would only
     * make batches small. {@code Tapedeck.flush()} uses {@link #flushUploads(long)}.
     */
    @Override
    public void flush() {}

    /** Seals the current batch and waits (at most {@code timeoutMs}) until the collector has everything. */
    boolean flushUploads(long timeoutMs) {
        return uploader.flush(timeoutMs);
    }

    @Override
    public void close() {
        uploader.close(CLOSE_TIMEOUT_MS);
    }

    /**
     * For an opt-out: stops the uploader as fast as it can be stopped, without waiting for
     * deliveries. The uploader has no "discard" call yet, so it may still seal the lines it had
     * queued into the spool (where the opt-out deletes them) and a request already in flight
     * is aborted rather than awaited.
     */
    void abandon() {
        uploader.close(0);
    }

    /** The collector's URL or Amplitude's zone (never the API key). */
    @Override
    public String describe() {
        return description;
    }
}
