package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * POSTs spooled batches to Amplitude's Session Replay ingestion instead of a Tapedeck collector
 * ({@code tapedeck.serverZone}):
 *
 * <pre>
 * POST {base}/sessions/v2/track?device_id=D&amp;session_id=S&amp;type=replay
 * Authorization: Bearer &lt;apiKey&gt;
 * Content-Type: application/json
 * Content-Encoding: gzip
 * gzip of {"version":2,"events":["&lt;rrweb event line as a JSON string&gt;", ...]}
 * </pre>
 *
 * The spool keeps its own format (zstd of the event lines); the Amplitude body is built at send
 * time. A batch whose body would exceed {@link #MAX_RAW_BYTES} before compression is not sent:
 * it is answered with a local 413, so {@link Delivery} splits it into halves in the spool
 * exactly as for a collector's 413 — each half is then its own request, deleted only after its
 * own 2xx, so a retry never sends a part twice.
 */
final class AmplitudeSender implements Transport {
    /** Amplitude's limit on one request's uncompressed body. */
    static final int MAX_RAW_BYTES = 2_000_000;

    static final String US = "https://api-sr.amplitude.com";
    static final String EU = "https://api-sr.eu.amplitude.com";
    static final String PATH = "/sessions/v2/track";
    private static final byte[] HEAD = "{\"version\":2,\"events\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TAIL = "]}".getBytes(StandardCharsets.US_ASCII);
    private static final ContentType JSON = ContentType.create("application/json");
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String baseUrl;
    private final String apiKey;
    private final CloseableHttpClient client;
    private final HttpAttempts attempts;

    AmplitudeSender(UploaderSettings settings) {
        this.baseUrl = baseUrl(settings);
        if (settings.apiKey() == null) {
            throw new IllegalArgumentException("sending to Amplitude needs its project API key (tapedeck.apiKey)");
        }
        this.apiKey = settings.apiKey();
        this.client = HttpSender.newClient(settings);
        this.attempts = new HttpAttempts(client, settings);
    }

    /** The zone's ingestion host, or {@code serverUrl} (a proxy, or a test server) when set. */
    static String baseUrl(UploaderSettings settings) {
        if (settings.serverUrl() != null) {
            return HttpSender.checkedBaseUrl(settings.serverUrl(), settings.allowInsecureHttp());
        }
        switch (settings.serverZone()) {
            case "US":
                return US;
            case "EU":
                return EU;
            default:
                throw new IllegalArgumentException("serverZone must be US or EU: " + settings.serverZone());
        }
    }

    @Override
    public Result send(SpoolFile.Name name, SpoolFile.Contents contents, long droppedBatches)
            throws SpoolFile.CorruptException {
        byte[] lines;
        try {
            lines = ZstdCodec.decompress(contents.body, contents.dictionaryId, contents.rawLength);
        } catch (ZstdCodec.BodyException e) {
            throw new SpoolFile.CorruptException("cannot decompress it: " + e.getMessage());
        }
        byte[] json = body(lines, MAX_RAW_BYTES);
        if (json == null) {
            return new Result(
                    413,
                    null,
                    "the batch is above Amplitude's limit of " + MAX_RAW_BYTES + " bytes per request; splitting it");
        }
        HttpPost post = new HttpPost(baseUrl + PATH + "?device_id=" + query(name.deviceId) + "&session_id="
                + name.sessionId + "&type=replay");
        post.setHeader("Authorization", "Bearer " + apiKey);
        post.setEntity(new ByteArrayEntity(gzip(json), JSON, "gzip"));
        return attempts.run(post);
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * {@code {"version":2,"events":[...]}} with every event line as one JSON string, or null
     * when that would be more than {@code maxBytes}. The lines are JSON objects in UTF-8: as a
     * string, only {@code "}, {@code \} and control characters need escaping, and bytes of
     * multi-byte characters (all &ge; 0x80) pass through unchanged.
     */
    static byte[] body(byte[] ndjson, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ndjson.length + ndjson.length / 8 + 64);
        out.write(HEAD, 0, HEAD.length);
        boolean first = true;
        int start = 0;
        while (start < ndjson.length) {
            int end = start;
            while (end < ndjson.length && ndjson[end] != '\n') {
                end++;
            }
            if (end > start) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write('"');
                for (int i = start; i < end; i++) {
                    byte b = ndjson[i];
                    if (b == '"' || b == '\\') {
                        out.write('\\');
                        out.write(b);
                    } else if (b >= 0 && b < 0x20) {
                        out.write('\\');
                        out.write('u');
                        out.write('0');
                        out.write('0');
                        out.write(HEX[b >> 4]);
                        out.write(HEX[b & 0xF]);
                    } else {
                        out.write(b);
                    }
                }
                out.write('"');
                if (out.size() + TAIL.length > maxBytes) {
                    return null;
                }
            }
            start = end + 1;
        }
        out.write(TAIL, 0, TAIL.length);
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    @Override
    public String receiver() {
        return "Amplitude";
    }

    @Override
    public String endpoint() {
        return baseUrl + PATH;
    }

    @Override
    public void close() {
        attempts.close();
        client.close(CloseMode.IMMEDIATE);
    }

    /** "US" or "EU" from any letter case; null for anything else. */
    static String zone(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim().toUpperCase(Locale.ROOT);
        return v.equals("US") || v.equals("EU") ? v : null;
    }
}
