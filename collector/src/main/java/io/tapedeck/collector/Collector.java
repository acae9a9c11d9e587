package io.tapedeck.collector;

import io.tapedeck.collector.internal.CollectorServer;
import io.tapedeck.collector.internal.RemoteSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Tapedeck collector, run in-process: receives batches from agents (docs/protocol.md),
 * stores sessions under a data directory, and serves the read API and the web viewer.
 *
 * <pre>{@code
 * Collector c = Collector.builder().dataDir(dir).apiKey("secret").build().start();
 * System.out.println(c.baseUrl());   // http://127.0.0.1:54321
 * c.stop();
 * }</pre>
 */
public final class Collector {
    /** Default limit on a request body (compressed), 4 MiB. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L << 20;
    /** Default limit on a decompressed batch, 32 MiB. */
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 32L << 20;

    /** Batches are held in memory while checked: 1 GiB is the most either limit may be. */
    private static final long MAX_LIMIT = 1L << 30;

    private final CollectorServer.Settings settings;
    private CollectorServer server;

    private Collector(CollectorServer.Settings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening; sweeps expired sessions first when retention is set.
     *
     * @throws IllegalStateException when already started, or the port cannot be bound
     */
    public synchronized Collector start() {
        if (server != null) throw new IllegalStateException("collector already started");
        server = CollectorServer.start(settings);
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public synchronized int port() {
        return running().port();
    }

    /** {@code http://<bind>:<port>}, without a trailing slash. */
    public synchronized String baseUrl() {
        return running().baseUrl();
    }

    /**
     * Stops serving. Idempotent. Requests under way get up to 5 s to finish; a connection with
     * nothing sent or received for 100 ms (an agent's kept-alive one) is closed. A batch cut off
     * mid-request is never half-stored (files are renamed into place whole); its sender gets no
     * 2xx and sends it again.
     */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private CollectorServer running() {
        if (server == null) throw new IllegalStateException("collector not started");
        return server;
    }

    /** Settings of a collector; {@link #dataDir(Path)} is required. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8787;
        private Path dataDir;
        private final List<String> apiKeys = new ArrayList<>();
        private final Map<String, RemoteSettings> remoteSettings = new LinkedHashMap<>();
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private long maxDecompressedBytes = DEFAULT_MAX_DECOMPRESSED_BYTES;
        private Duration retention;

        private Builder() {}

        /** The address to listen on; default {@code 127.0.0.1}. */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port; 0 picks a free one. Default 8787. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            this.port = port;
            return this;
        }

        /** Where sessions are stored (created when missing). */
        public Builder dataDir(Path dir) {
            this.dataDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /**
         * Accepts uploads and deletions carrying this key. With no key at all the collector is
         * open (only allowed on a loopback address).
         */
        public Builder apiKey(String key) {
            if (key == null || key.isBlank()) throw new IllegalArgumentException("empty API key");
            apiKeys.add(key);
            return this;
        }

        /**
         * Remote configuration served to agents using {@code apiKey} (also accepted as an API
         * key). Either value may be null: that setting is then left to the agent.
         */
        public Builder remoteConfig(String apiKey, Double sampleRate, String maskLevel) {
            if (apiKey == null || apiKey.isBlank()) throw new IllegalArgumentException("empty API key");
            remoteSettings.put(apiKey, RemoteSettings.of(sampleRate, maskLevel));
            return this;
        }

        /** Largest accepted request body (compressed), in bytes. */
        public Builder maxRequestBytes(long bytes) {
            if (bytes < 1 || bytes > MAX_LIMIT) throw new IllegalArgumentException("must be from 1 to " + MAX_LIMIT);
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Largest accepted batch after decompression, in bytes. */
        public Builder maxDecompressedBytes(long bytes) {
            if (bytes < 1 || bytes > MAX_LIMIT) throw new IllegalArgumentException("must be from 1 to " + MAX_LIMIT);
            this.maxDecompressedBytes = bytes;
            return this;
        }

        /** Sessions whose last event is older than this are deleted at start and hourly; null keeps all. */
        public Builder retention(Duration retention) {
            if (retention != null && (retention.isNegative() || retention.isZero())) {
                throw new IllegalArgumentException("retention must be positive: " + retention);
            }
            this.retention = retention;
            return this;
        }

        public Collector build() {
            if (dataDir == null) throw new IllegalStateException("dataDir is required");
            return new Collector(new CollectorServer.Settings(
                    bind,
                    port,
                    dataDir.toAbsolutePath().normalize(),
                    List.copyOf(apiKeys),
                    Map.copyOf(remoteSettings),
                    maxRequestBytes,
                    maxDecompressedBytes,
                    retention));
        }
    }
}
