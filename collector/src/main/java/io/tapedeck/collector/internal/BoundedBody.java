package io.tapedeck.collector.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body of at most {@code limit} bytes. A declared Content-Length above the
 * limit is refused before a byte is read (with {@code Expect: 100-continue} the client never
 * even sends it); a body without a length is cut off as soon as it passes the limit.
 */
final class BoundedBody {
    private BoundedBody() {}

    /** @throws HttpProblem 413 when the body is larger than {@code limit} */
    static byte[] read(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) throw tooLarge(declared, limit);
        ByteArrayOutputStream body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) throw tooLarge(total, limit);
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    private static HttpProblem tooLarge(long size, long limit) {
        return new HttpProblem(413, "request body too large: more than " + limit + " bytes (got " + size + ")");
    }
}
