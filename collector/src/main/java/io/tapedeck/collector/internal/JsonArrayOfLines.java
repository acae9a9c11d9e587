package io.tapedeck.collector.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Streams NDJSON (one JSON value per line) out as one JSON array, copying bytes: lines become
 * elements separated by commas, blank lines are skipped. Memory use is one buffer, whatever
 * the session's size.
 */
final class JsonArrayOfLines {
    private final OutputStream out;
    private boolean needComma;
    private boolean atLineStart = true;

    JsonArrayOfLines(OutputStream out) throws IOException {
        this.out = out;
        out.write('[');
    }

    /** Appends every line of {@code in}; a last line without a newline ends at the stream's end. */
    void copyLines(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            int runStart = 0;
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n' || b == '\r') {
                    out.write(buffer, runStart, i - runStart);
                    runStart = i + 1;
                    atLineStart = true;
                } else if (atLineStart) {
                    out.write(buffer, runStart, i - runStart);
                    runStart = i;
                    if (needComma) out.write(',');
                    needComma = true;
                    atLineStart = false;
                }
            }
            out.write(buffer, runStart, n - runStart);
        }
        atLineStart = true; // the next batch starts a new line even if this one lacked a final \n
    }

    void close() throws IOException {
        out.write(']');
        out.flush();
    }
}
