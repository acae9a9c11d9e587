package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.ZstdCodec;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

/** How an {@link Uploader} batches, spools and sends. Immutable; build with {@link #builder()}. */
public final class UploaderSettings {
    /** The default log: one line to System.err, prefixed like every Tapedeck line. */
    public static final Consumer<String> STDERR_LOG = line -> System.err.println("[tapedeck] " + line);

    private final URI serverUrl;
    private final String serverZone;
    private final String apiKey;
    private final Path spoolDir;
    private final long storageLimitBytes;
    private final long flushIntervalMs;
    private final long firstSequence;
    private final int maxBatchBytes;
    private final long maxQueuedBytes;
    private final int compressionLevel;
    private final boolean allowInsecureHttp;
    private final long connectTimeoutMs;
    private final long responseTimeoutMs;
    private final long retryBaseMs;
    private final long retryCapMs;
    private final Consumer<String> log;

    private UploaderSettings(Builder b) {
        if (b.serverZone != null && AmplitudeSender.zone(b.serverZone) == null) {
            throw new IllegalArgumentException("serverZone must be US or EU: " + b.serverZone);
        }
        this.serverZone = AmplitudeSender.zone(b.serverZone);
        this.serverUrl = serverZone == null ? Objects.requireNonNull(b.serverUrl, "serverUrl") : b.serverUrl;
        this.apiKey = b.apiKey;
        if (serverZone != null && apiKey == null) {
            throw new IllegalArgumentException(
                    "sending to Amplitude (serverZone " + serverZone + ") needs the project's API key (apiKey)");
        }
        this.spoolDir = Objects.requireNonNull(b.spoolDir, "spoolDir");
        this.storageLimitBytes = positive("storageLimitBytes", b.storageLimitBytes);
        this.flushIntervalMs = positive("flushIntervalMs", b.flushIntervalMs);
        if (b.firstSequence < 0) throw new IllegalArgumentException("firstSequence must be >= 0: " + b.firstSequence);
        this.firstSequence = b.firstSequence;
        this.maxBatchBytes = (int) positive("maxBatchBytes", b.maxBatchBytes);
        this.maxQueuedBytes = Math.max(positive("maxQueuedBytes", b.maxQueuedBytes), b.maxBatchBytes);
        if (b.compressionLevel < ZstdCodec.MIN_LEVEL || b.compressionLevel > ZstdCodec.MAX_LEVEL) {
            throw new IllegalArgumentException("compressionLevel must be " + ZstdCodec.MIN_LEVEL + ".."
                    + ZstdCodec.MAX_LEVEL + ": " + b.compressionLevel);
        }
        this.compressionLevel = b.compressionLevel;
        this.allowInsecureHttp = b.allowInsecureHttp;
        this.connectTimeoutMs = positive("connectTimeoutMs", b.connectTimeoutMs);
        this.responseTimeoutMs = positive("responseTimeoutMs", b.responseTimeoutMs);
        this.retryBaseMs = positive("retryBaseMs", b.retryBaseMs);
        this.retryCapMs = Math.max(positive("retryCapMs", b.retryCapMs), b.retryBaseMs);
        this.log = b.log == null ? STDERR_LOG : b.log;
    }

    private static long positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0: " + value);
        }
        return value;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The collector's base URL, e.g. {@code https://tapedeck.example.com} (a path prefix is kept);
     * with a {@link #serverZone()}, an optional proxy in front of Amplitude (null: Amplitude's own host).
     */
    public URI serverUrl() {
        return serverUrl;
    }
    /** {@code US} or {@code EU}: send to Amplitude's Session Replay ingestion of that zone; null: a Tapedeck collector. */
    public String serverZone() {
        return serverZone;
    }
    /** Sent as {@code Authorization: Bearer <apiKey>}; null sends no Authorization header. */
    public String apiKey() {
        return apiKey;
    }
    /** A directory for this app only: batches wait here until the collector has them. */
    public Path spoolDir() {
        return spoolDir;
    }

    public long storageLimitBytes() {
        return storageLimitBytes;
    }

    public long flushIntervalMs() {
        return flushIntervalMs;
    }

    /**
     * The lowest sequence number this uploader gives a batch: above every batch an earlier
     * recording of the same session sent (the collector de-duplicates by number), when the same
     * session is recorded again (an analytics session resumed after a pause).
     */
    public long firstSequence() {
        return firstSequence;
    }

    public int maxBatchBytes() {
        return maxBatchBytes;
    }
    /** Event lines waiting for the uploader thread; beyond this, offered lines are dropped and counted. */
    public long maxQueuedBytes() {
        return maxQueuedBytes;
    }

    public int compressionLevel() {
        return compressionLevel;
    }

    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    public long connectTimeoutMs() {
        return connectTimeoutMs;
    }

    public long responseTimeoutMs() {
        return responseTimeoutMs;
    }
    /** Backoff: the n-th retry waits a random time in [0, min(cap, base * 2^n)). */
    public long retryBaseMs() {
        return retryBaseMs;
    }

    public long retryCapMs() {
        return retryCapMs;
    }

    public Consumer<String> log() {
        return log;
    }

    public static final class Builder {
        private URI serverUrl;
        private String serverZone;
        private String apiKey;
        private Path spoolDir;
        private long storageLimitBytes = 100L << 20;
        private long flushIntervalMs = 5000;
        private long firstSequence;
        private long maxBatchBytes = 512 * 1024;
        private long maxQueuedBytes = 8L << 20;
        private int compressionLevel = 3;
        private boolean allowInsecureHttp;
        private long connectTimeoutMs = 5000;
        private long responseTimeoutMs = 10_000;
        private long retryBaseMs = 1000;
        private long retryCapMs = 60_000;
        private Consumer<String> log;

        private Builder() {}

        public Builder serverUrl(String url) {
            this.serverUrl = URI.create(url);
            return this;
        }

        public Builder serverUrl(URI url) {
            this.serverUrl = url;
            return this;
        }

        /** {@code US} or {@code EU} (any case) sends to Amplitude instead of a collector; null (default): a collector. */
        public Builder serverZone(String zone) {
            this.serverZone = zone;
            return this;
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder spoolDir(Path dir) {
            this.spoolDir = dir;
            return this;
        }

        public Builder storageLimitBytes(long bytes) {
            this.storageLimitBytes = bytes;
            return this;
        }

        public Builder flushIntervalMs(long ms) {
            this.flushIntervalMs = ms;
            return this;
        }

        public Builder firstSequence(long sequence) {
            this.firstSequence = sequence;
            return this;
        }

        public Builder maxBatchBytes(int bytes) {
            this.maxBatchBytes = bytes;
            return this;
        }

        public Builder maxQueuedBytes(long bytes) {
            this.maxQueuedBytes = bytes;
            return this;
        }

        public Builder compressionLevel(int level) {
            this.compressionLevel = level;
            return this;
        }

        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        public Builder connectTimeoutMs(long ms) {
            this.connectTimeoutMs = ms;
            return this;
        }

        public Builder responseTimeoutMs(long ms) {
            this.responseTimeoutMs = ms;
            return this;
        }

        public Builder retryBackoffMs(long baseMs, long capMs) {
            this.retryBaseMs = baseMs;
            this.retryCapMs = capMs;
            return this;
        }

        /** Receives one-line warnings and errors (without a prefix); default {@link #STDERR_LOG}. */
        public Builder log(Consumer<String> log) {
            this.log = log;
            return this;
        }

        public UploaderSettings build() {
            return new UploaderSettings(this);
        }
    }
}
