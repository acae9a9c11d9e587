package io.tapedeck.core.internal.record;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.view.CaptureSink;

/**
 * STUB — core owner replaces this. One recorded session: its identity, its recorder thread
 * and its destination. Adapters get {@link #sink()}; the agent owns the lifecycle.
 */
public final class Recording implements AutoCloseable {
    /**
     * Opens the destination and starts the recorder thread.
     *
     * @throws IllegalStateException with a one-line reason when the destination cannot be used
     */
    public static Recording start(TapedeckConfig config) { throw new UnsupportedOperationException("stub"); }

    public CaptureSink sink() { throw new UnsupportedOperationException("stub"); }

    /** {@code deviceId/sessionId}. */
    public String replayId() { throw new UnsupportedOperationException("stub"); }

    /** Writes everything captured so far to the destination, waiting at most {@code timeoutMs}. */
    public void flush(long timeoutMs) {}

    /** Stops recording, flushing with a bounded wait. Idempotent. */
    @Override
    public void close() {}
}
