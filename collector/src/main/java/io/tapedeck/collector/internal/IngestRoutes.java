package io.tapedeck.collector.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.Dictionaries;
import io.tapedeck.uploader.protocol.Protocol;
import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agent-facing side (docs/protocol.md): {@code PUT /v1/sessions/{deviceId}/{sessionId}/batches/{batchId}}
 * and {@code GET /v1/config}. Checks run cheapest first — key, ids, headers, size — so a
 * refused request costs neither decompression nor disk.
 */
final class IngestRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(IngestRoutes.class);
    static final int MAX_BATCH_ID_LENGTH = 200;

    private final Authenticator auth;
    private final SessionStore store;
    private final Map<String, RemoteSettings> remoteSettings;
    private final long maxRequestBytes;
    private final long maxDecompressedBytes;
    private final StorageFull storageFull = new StorageFull(LOG);

    IngestRoutes(
            Authenticator auth,
            SessionStore store,
            Map<String, RemoteSettings> remoteSettings,
            long maxRequestBytes,
            long maxDecompressedBytes) {
        this.auth = auth;
        this.store = store;
        this.remoteSettings = remoteSettings;
        this.maxRequestBytes = maxRequestBytes;
        this.maxDecompressedBytes = maxDecompressedBytes;
    }

    void register(Javalin app) {
        app.put("/v1/sessions/{deviceId}/{sessionId}/batches/{batchId}", this::putBatch);
        app.get(Protocol.CONFIG_PATH, this::getConfig);
    }

    private void putBatch(Context ctx) throws IOException {
        auth.require(ctx);
        SessionStore.SessionKey key = sessionKey(ctx.pathParam("deviceId"), ctx.pathParam("sessionId"));
        BatchId batchId = batchId(ctx.pathParam("batchId"));
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || !encoding.trim().equalsIgnoreCase(Protocol.CONTENT_ENCODING)) {
            throw new HttpProblem(400, "Content-Encoding must be " + Protocol.CONTENT_ENCODING);
        }
        String dictionary = ctx.header(Protocol.HEADER_DICTIONARY);
        if (dictionary != null && (dictionary = dictionary.trim()).isEmpty()) dictionary = null;
        if (dictionary != null && !Dictionaries.isKnown(dictionary)) {
            throw new HttpProblem(400, "unknown dictionary '" + printable(dictionary) + "'");
        }
        long dropped = droppedBatches(ctx, key);

        byte[] body = BoundedBody.read(ctx.req(), maxRequestBytes);
        byte[] ndjson;
        try {
            ndjson = ZstdCodec.decompress(body, dictionary, maxDecompressedBytes);
        } catch (ZstdCodec.BodyException e) {
            throw new HttpProblem(e.tooLarge() ? 413 : 400, "body: " + e.getMessage());
        }
        BatchSummary summary;
        try {
            summary = EventLines.validate(ndjson);
        } catch (BadBatchException e) {
            throw new HttpProblem(400, "batch " + batchId + ": " + e.getMessage());
        }
        boolean stored;
        try {
            stored = store.store(key, batchId, ndjson, summary, dropped);
        } catch (IOException e) {
            if (StorageFull.is(e))
                throw storageFull.refuse("batch " + key.deviceId() + "/" + key.sessionId() + "/" + batchId, e);
            throw e;
        }
        if (stored) {
            ctx.status(201).result("stored");
        } else {
            ctx.status(200).result("already stored");
        }
    }

    private void getConfig(Context ctx) {
        String apiKey = auth.require(ctx);
        RemoteSettings settings =
                apiKey == null ? RemoteSettings.NONE : remoteSettings.getOrDefault(apiKey, RemoteSettings.NONE);
        ctx.json(settings.toJson());
    }

    static SessionStore.SessionKey sessionKey(String deviceId, String sessionId) {
        try {
            return SessionStore.SessionKey.of(deviceId, sessionId);
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(400, e.getMessage());
        }
    }

    private static BatchId batchId(String text) {
        if (text.length() > MAX_BATCH_ID_LENGTH) throw new HttpProblem(400, "invalid batchId (too long)");
        try {
            return BatchId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new HttpProblem(
                    400, "invalid batchId '" + printable(text) + "' (decimal sequence, halves as N.0 / N.1)");
        }
    }

    private static long droppedBatches(Context ctx, SessionStore.SessionKey key) {
        String header = ctx.header(Protocol.HEADER_DROPPED_BATCHES);
        if (header == null) return 0;
        try {
            long n = Long.parseLong(header.trim());
            if (n > 0) LOG.info("agent of {} reports {} dropped batch(es)", key.replayId(), n);
            return Math.max(0, n);
        } catch (NumberFormatException e) {
            // Not worth refusing the events over: the count is informational.
            LOG.warn("ignoring malformed {} header from {}", Protocol.HEADER_DROPPED_BATCHES, key.replayId());
            return 0;
        }
    }

    /** Echoes client text in a message without control characters, and short. */
    static String printable(String s) {
        String cut = s.length() > 64 ? s.substring(0, 64) + "…" : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
