package io.tapedeck.core.internal.record;

import io.tapedeck.core.internal.destination.Destination;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Keeps event lines in memory, for tests of the stream's logic. */
final class MemoryDestination implements Destination {
    final List<String> lines = new ArrayList<>();
    int flushes;
    boolean closed;

    @Override
    public void write(byte[] eventLine) {
        lines.add(new String(eventLine, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
        flushes++;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String describe() {
        return "memory";
    }
}
