package io.tapedeck;

import io.tapedeck.core.internal.config.ConfigKeys;
import io.tapedeck.core.internal.config.ConfigResolver;
import io.tapedeck.core.internal.config.ConfigSources;
import io.tapedeck.core.internal.config.KeyNames;
import io.tapedeck.core.internal.config.ResolvedConfig;
import io.tapedeck.core.internal.log.Log;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of a recording, validated. Immutable.
 *
 * <p>Sources, highest precedence first: system properties {@code -Dtapedeck.KEY=VALUE},
 * environment variables {@code TAPEDECK_KEY} (camelCase becomes UPPER_SNAKE, e.g.
 * {@code TAPEDECK_MAX_CAPTURES_PER_SECOND}), values set from code ({@link Builder#set}) or agent
 * arguments, the properties file named by {@code tapedeck.config}, defaults. See
 * {@code docs/configuration.md} for every key.
 *
 * <p>Loading also applies {@code tapedeck.debug} to Tapedeck's log.
 */
public final class TapedeckConfig {
    private final ResolvedConfig resolved;
    private final boolean enabled;
    private final String serverUrl;
    private final Optional<String> serverZone;
    private final Optional<String> deviceId;
    private final Path dataDir;
    private final int keyframeIntervalSeconds;
    private final int maxCapturesPerSecond;
    private final boolean recordPainting;
    private final int uiThreadBudgetMsPerSecond;
    private final int resyncIntervalSeconds;
    private final boolean debug;
    private final Optional<String> apiKey;
    private final int flushIntervalMs;
    private final int storageLimitMB;
    private final Path spoolDir;
    private final int compressionLevel;
    private final boolean allowInsecureHttp;
    private final boolean enableRemoteConfig;
    private final String maskLevel;
    private final String maskLevelMinimum;
    private final String maskImages;
    private final Optional<String> privacyRules;
    private final double sampleRate;
    private final boolean optOut;
    /** Values the collector's remote configuration replaced, as {@code toString} lines; empty for local settings. */
    private final Map<String, String> remoteLines;

    private TapedeckConfig(ResolvedConfig resolved) {
        this(resolved, null, null);
    }

    /**
     * {@code remoteSampleRate} and {@code remoteMaskLevel} (each null when the collector did not
     * set it) replace the local values; the mask level never goes below {@code maskLevel.minimum}.
     */
    private TapedeckConfig(ResolvedConfig resolved, Double remoteSampleRate, String remoteMaskLevel) {
        this.resolved = resolved;
        this.enabled = resolved.get(ConfigKeys.ENABLED);
        this.serverUrl = resolved.get(ConfigKeys.SERVER_URL);
        this.serverZone = Optional.ofNullable(resolved.get(ConfigKeys.SERVER_ZONE));
        this.deviceId = Optional.ofNullable(resolved.get(ConfigKeys.DEVICE_ID));
        this.dataDir = resolved.get(ConfigKeys.DATA_DIR);
        this.keyframeIntervalSeconds = resolved.get(ConfigKeys.KEYFRAME_INTERVAL_SECONDS);
        this.maxCapturesPerSecond = resolved.get(ConfigKeys.MAX_CAPTURES_PER_SECOND);
        this.recordPainting = resolved.get(ConfigKeys.RECORD_PAINTING);
        this.uiThreadBudgetMsPerSecond = resolved.get(ConfigKeys.UI_THREAD_BUDGET_MS_PER_SECOND);
        this.resyncIntervalSeconds = resolved.get(ConfigKeys.RESYNC_INTERVAL_SECONDS);
        this.debug = resolved.get(ConfigKeys.DEBUG);
        this.apiKey = Optional.ofNullable(resolved.get(ConfigKeys.API_KEY));
        this.flushIntervalMs = resolved.get(ConfigKeys.FLUSH_INTERVAL_MS);
        this.storageLimitMB = resolved.get(ConfigKeys.STORAGE_LIMIT_MB);
        this.spoolDir = resolved.get(ConfigKeys.SPOOL_DIR);
        this.compressionLevel = resolved.get(ConfigKeys.COMPRESSION_LEVEL);
        this.allowInsecureHttp = resolved.get(ConfigKeys.ALLOW_INSECURE_HTTP);
        this.enableRemoteConfig = resolved.get(ConfigKeys.ENABLE_REMOTE_CONFIG);
        this.maskLevelMinimum = resolved.get(ConfigKeys.MASK_LEVEL_MINIMUM);
        this.remoteLines = new LinkedHashMap<>();
        if (remoteMaskLevel == null) {
            this.maskLevel = resolved.get(ConfigKeys.MASK_LEVEL);
        } else {
            this.maskLevel = atLeast(remoteMaskLevel, maskLevelMinimum);
            remoteLines.put(ConfigKeys.MASK_LEVEL.property(), ConfigKeys.MASK_LEVEL.property() + "=" + maskLevel
                    + "  (remote configuration" + (maskLevel.equals(remoteMaskLevel) ? "" : ": " + remoteMaskLevel
                    + ", raised to the floor " + ConfigKeys.MASK_LEVEL_MINIMUM.property() + "=" + maskLevelMinimum) + ")");
        }
        this.maskImages = resolved.get(ConfigKeys.MASK_IMAGES);
        this.privacyRules = Optional.ofNullable(resolved.get(ConfigKeys.PRIVACY_RULES));
        this.sampleRate = remoteSampleRate != null ? remoteSampleRate : resolved.get(ConfigKeys.SAMPLE_RATE);
        if (remoteSampleRate != null) {
            remoteLines.put(ConfigKeys.SAMPLE_RATE.property(), ConfigKeys.SAMPLE_RATE.property() + "="
                    + ConfigKeys.SAMPLE_RATE.format(remoteSampleRate) + "  (remote configuration)");
        }
        this.optOut = resolved.get(ConfigKeys.OPT_OUT);
    }

    /**
     * Reads system properties, environment variables and the file named by {@code tapedeck.config}.
     *
     * @throws TapedeckConfigException listing every invalid value, each with key, value and what is allowed
     */
    public static TapedeckConfig load() {
        return load(ConfigSources.system(Map.of()));
    }

    /** Loads from the given sources instead of the JVM's; for tests. */
    static TapedeckConfig load(ConfigSources sources) {
        ResolvedConfig resolved = ConfigResolver.resolve(sources);
        checkServerZone(resolved);
        TapedeckConfig config = new TapedeckConfig(resolved);
        Log.setDebugEnabled(config.debug);
        Log.debug("configuration:\n" + config.resolved.describe());
        return config;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Amplitude ({@code serverZone}) takes the key of an Amplitude project, and a {@code serverUrl}
     * given with it can only be a proxy's {@code http(s)://} address: each other combination is
     * one problem line, like an invalid value.
     */
    private static void checkServerZone(ResolvedConfig resolved) {
        String zone = resolved.get(ConfigKeys.SERVER_ZONE);
        if (zone == null) return;
        java.util.List<String> problems = new java.util.ArrayList<>();
        String given = ConfigKeys.SERVER_ZONE.property() + "=" + zone + " (from " + resolved.origin(ConfigKeys.SERVER_ZONE) + ")";
        if (resolved.get(ConfigKeys.API_KEY) == null) {
            problems.add(given + ": sending to Amplitude needs " + ConfigKeys.API_KEY.property()
                    + " (the API key of the Amplitude project)");
        }
        String url = resolved.get(ConfigKeys.SERVER_URL);
        if (!"default".equals(resolved.origin(ConfigKeys.SERVER_URL)) && !isHttp(url)) {
            problems.add(ConfigKeys.SERVER_URL.property() + "=" + url + ": with " + given
                    + " it can only be an http:// or https:// proxy address for Amplitude (from "
                    + resolved.origin(ConfigKeys.SERVER_URL) + ")");
        }
        if (!problems.isEmpty()) throw new TapedeckConfigException(problems);
    }

    private static boolean isHttp(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /**
     * A copy with the settings a collector sent for this API key (remote configuration); a null
     * argument keeps the local value. The remote sample rate replaces the local one. The remote
     * mask level replaces the local one but is raised to {@link #maskLevelMinimum()} when it is
     * lower ({@code light < medium < conservative}): remote settings cannot lower masking below
     * the app's floor. {@link #toString()} shows these values with the origin "remote configuration".
     *
     * @throws IllegalArgumentException when {@code sampleRate} is not within 0..1 or
     *     {@code maskLevel} is not {@code light}, {@code medium} or {@code conservative}
     */
    public TapedeckConfig withRemote(Double sampleRate, String maskLevel) {
        if (sampleRate != null && !(sampleRate >= 0 && sampleRate <= 1)) {
            throw new IllegalArgumentException("remote sampleRate " + sampleRate + " is not within 0..1");
        }
        if (maskLevel != null && maskRank(maskLevel) < 0) {
            throw new IllegalArgumentException("remote maskLevel " + maskLevel + " is not light, medium or conservative");
        }
        return new TapedeckConfig(resolved, sampleRate, maskLevel);
    }

    private static final java.util.List<String> MASK_LEVELS = java.util.List.of("light", "medium", "conservative");

    private static int maskRank(String level) {
        return MASK_LEVELS.indexOf(level);
    }

    private static String atLeast(String level, String floor) {
        return maskRank(level) >= maskRank(floor) ? level : floor;
    }

    /** Whether to record at all. */
    public boolean enabled() { return enabled; }

    /** Where sessions go; for now always a {@code file:} URL of a directory. */
    public String serverUrl() { return serverUrl; }

    /**
     * {@code US} or {@code EU}: sessions go to Amplitude Session Replay in that zone (with
     * {@link #serverUrl()}, when it is {@code http(s)://}, as a proxy in front of it); empty: to
     * {@link #serverUrl()}.
     */
    public Optional<String> serverZone() { return serverZone; }

    /** The configured device id; empty means "use the one persisted in {@link #dataDir()}". */
    public Optional<String> deviceId() { return deviceId; }

    /** Per-user directory for the device id and local state. Absolute. */
    public Path dataDir() { return dataDir; }

    public int keyframeIntervalSeconds() { return keyframeIntervalSeconds; }

    public int maxCapturesPerSecond() { return maxCapturesPerSecond; }

    /** Whether components' own painting is recorded (else they are drawn from their properties). */
    public boolean recordPainting() { return recordPainting; }

    public int uiThreadBudgetMsPerSecond() { return uiThreadBudgetMsPerSecond; }

    public int resyncIntervalSeconds() { return resyncIntervalSeconds; }

    public boolean debug() { return debug; }

    /** The collector API key; never printed. */
    public Optional<String> apiKey() { return apiKey; }

    public int flushIntervalMs() { return flushIntervalMs; }

    public int storageLimitMB() { return storageLimitMB; }

    /** Where unsent batches wait, per app. */
    public Path spoolDir() { return spoolDir; }

    public int compressionLevel() { return compressionLevel; }

    public boolean allowInsecureHttp() { return allowInsecureHttp; }

    /** Remote configuration is a Tapedeck collector's: never on when sending to Amplitude ({@link #serverZone()}). */
    public boolean enableRemoteConfig() { return enableRemoteConfig && serverZone.isEmpty(); }

    /** {@code light}, {@code medium} or {@code conservative}. */
    public String maskLevel() { return maskLevel; }

    /** The floor remote configuration cannot go below. */
    public String maskLevelMinimum() { return maskLevelMinimum; }

    /** {@code none}, {@code large} or {@code all}. */
    public String maskImages() { return maskImages; }

    /** The raw {@code tapedeck.privacy.rules}, parsed by core's privacy package. */
    public Optional<String> privacyRules() { return privacyRules; }

    public double sampleRate() { return sampleRate; }

    public boolean optOut() { return optOut; }

    /** Whether sessions are uploaded (to a collector over HTTP(S), or to Amplitude) rather than written to files. */
    public boolean uploads() {
        return serverZone.isPresent() || isHttp(serverUrl);
    }

    /** Every effective value, one per line, with where it came from (default, file, environment...). */
    @Override
    public String toString() {
        StringBuilder lines = new StringBuilder();
        for (String line : resolved.describe().split("\n")) {
            String property = line.substring(0, Math.max(0, line.indexOf('=')));
            lines.append("\n  ").append(remoteLines.getOrDefault(property, line));
        }
        return "TapedeckConfig{" + lines + "\n}";
    }

    /** Settings from code. Values set here rank below system properties and environment, above the file. */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets {@code key} (with or without the {@code tapedeck.} prefix) to {@code value}, as it
         * would be written in the properties file; {@code null} removes it. Validated in
         * {@link #build()}. {@code set("config", path)} names a properties file to read.
         */
        public Builder set(String key, String value) {
            String name = KeyNames.withoutPrefix(Objects.requireNonNull(key, "key").trim());
            values.remove(name);
            if (value != null) values.put(name, value);
            return this;
        }

        /**
         * Combines these values with system properties, environment and file.
         *
         * @throws TapedeckConfigException listing every invalid value
         */
        public TapedeckConfig build() {
            return load(ConfigSources.system(values));
        }

        /** Like {@link #build()} with the given system properties and environment; for tests. */
        TapedeckConfig build(Map<String, String> systemProperties, Map<String, String> environment) {
            return load(ConfigSources.of(systemProperties, environment, values));
        }
    }
}
