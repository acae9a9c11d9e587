package io.tapedeck.agent.internal;

import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sits in front of a recording's destination so an opt-out stops writing at once: from the
 * moment the app opts out, every event line is dropped (one volatile read per line), even
 * while the recorder is still draining its queue. Discarding then closes the destination without
 * its last events and deletes what this session wrote to a file.
 */
final class OptOutGate implements Destination {
    private final Destination inner;
    /** The session file of a {@code file:} destination; null when uploading. */
    private final Path sessionFile;
    /** Null for a file destination. */
    private final UploaderDestination uploads;

    private volatile boolean discarding;

    OptOutGate(Destination inner, Path sessionFile, UploaderDestination uploads) {
        this.inner = inner;
        this.sessionFile = sessionFile;
        this.uploads = uploads;
    }

    /** From now on nothing is written; {@link #close()} then throws away instead of finishing. */
    void discard() {
        discarding = true;
    }

    private boolean closed() {
        return discarding || OptOut.stopsWrites();
    }

    @Override
    public void write(byte[] eventLine) throws IOException {
        if (!closed()) inner.write(eventLine);
    }

    @Override
    public void flush() throws IOException {
        if (!closed()) inner.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed()) {
            inner.close();
            return;
        }
        if (uploads != null) {
            uploads.abandon();
        } else {
            try {
                inner.close(); // buffered lines are still in memory; closing flushes them into a file we delete next
            } catch (IOException ignored) {
                // The file goes anyway.
            }
        }
        if (sessionFile != null) {
            try {
                Files.deleteIfExists(sessionFile);
                Log.info("opted out: deleted the session file " + sessionFile);
            } catch (IOException e) {
                Log.warn("opted out, but cannot delete the session file " + sessionFile + " (" + e + ")");
            }
        }
    }

    @Override
    public String describe() {
        return inner.describe();
    }
}
