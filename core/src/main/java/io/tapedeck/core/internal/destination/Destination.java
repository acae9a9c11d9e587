package io.tapedeck.core.internal.destination;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where serialized events go: the seam between the recorder and storage or the network. It
 * receives opaque event lines (one rrweb event each, no newline) and never parses them.
 * Called from the recorder thread only.
 */
public interface Destination extends Closeable {
    /** Appends one event line. */
    void write(byte[] eventLine) throws IOException;

    /** Makes everything written so far durable (or handed on). Called at least every second. */
    void flush() throws IOException;

    /** Flushes and releases the destination. */
    @Override
    void close() throws IOException;

    /** Where this destination writes, for messages. */
    String describe();
}
