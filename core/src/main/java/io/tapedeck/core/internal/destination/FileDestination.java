package io.tapedeck.core.internal.destination;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a session to {@code DIR/<sessionId>.ndjson}, one rrweb event per line. The file is
 * created when the session starts, so an unwritable directory is reported before any capture.
 */
public final class FileDestination implements Destination {
    private final Path file;
    private final OutputStream out;

    public FileDestination(Path directory, long sessionId) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve(sessionId + ".ndjson");
        this.out = new BufferedOutputStream(
                Files.newOutputStream(
                        file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE),
                64 * 1024);
    }

    public Path file() {
        return file;
    }

    @Override
    public void write(byte[] eventLine) throws IOException {
        out.write(eventLine);
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    @Override
    public String describe() {
        return file.toString();
    }
}
