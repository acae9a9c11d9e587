package io.tapedeck;

import io.tapedeck.core.internal.config.ConfigAccess;
import io.tapedeck.core.internal.config.ConfigKey;
import io.tapedeck.core.internal.config.ConfigKeys;
import io.tapedeck.core.internal.config.ConfigResolver;
import io.tapedeck.core.internal.config.ConfigSources;
import io.tapedeck.core.internal.config.InvalidValueException;
import io.tapedeck.core.internal.config.KeyNames;
import io.tapedeck.core.internal.config.ResolvedConfig;
import io.tapedeck.core.internal.log.Log;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Settings of a recording, validated. Immutable and thread-safe.
 *
 * <p>Sources, highest precedence first: system properties {@code -Dtapedeck.KEY=VALUE},
 * environment variables {@code TAPEDECK_KEY} (camelCase becomes UPPER_SNAKE, e.g.
 * {@code TAPEDECK_MAX_CAPTURES_PER_SECOND}), values set from code ({@link Builder}) or agent
 * arguments, the properties file named by {@code tapedeck.config}, defaults. See
 * {@code docs/configuration.md} for every key.
 *
 * <pre>{@code
 * TapedeckConfig config = TapedeckConfig.builder()
 *         .serverUrl("https://replay.example.com")
 *         .apiKey(System.getenv("REPLAY_KEY"))
 *         .maskLevel(MaskLevel.CONSERVATIVE)
 *         .flushInterval(Duration.ofSeconds(2))
 *         .sampleRate(0.25)
 *         .build();
 * }</pre>
 *
 * <p>Loading also applies {@code tapedeck.debug} to Tapedeck's log.
 */
public final class TapedeckConfig {
    static {
        ConfigAccess.install(new ConfigAccess.Bridge() {
            @Override
            public ResolvedConfig resolved(TapedeckConfig config) {
                return config.resolved;
            }

            @Override
            public TapedeckConfig create(ResolvedConfig resolved) {
                return new TapedeckConfig(resolved);
            }
        });
    }

    private final ResolvedConfig resolved;

    private TapedeckConfig(ResolvedConfig resolved) {
        this.resolved = resolved;
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
        Log.setDebugEnabled(config.debug());
        Log.debug("configuration:\n" + resolved.describe());
        return config;
    }

    /** An empty builder: what is not set on it comes from system properties, environment, file and defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Amplitude ({@code serverZone}) takes the key of an Amplitude project, and a {@code serverUrl}
     * given with it can only be a proxy's {@code http(s)://} address: each other combination is
     * one problem line, like an invalid value.
     */
    private static void checkServerZone(ResolvedConfig resolved) {
        ServerZone zone = resolved.get(ConfigKeys.SERVER_ZONE);
        if (zone == null) return;
        List<String> problems = new ArrayList<>();
        String given = ConfigKeys.SERVER_ZONE.property() + "=" + zone + " (from "
                + resolved.origin(ConfigKeys.SERVER_ZONE) + ")";
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
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }

    /** Whether to record at all ({@code tapedeck.enabled}, default true). */
    public boolean enabled() {
        return resolved.get(ConfigKeys.ENABLED);
    }

    /**
     * Where sessions go ({@code tapedeck.serverUrl}): a collector's {@code http://} or
     * {@code https://} address (without a trailing slash), a {@code file:} URL of a directory,
     * or, with {@link #serverZone()}, an {@code http(s)://} proxy in front of Amplitude. Default
     * {@code file://<dataDir>/sessions}. {@link #mode()} says which of these it is.
     */
    public String serverUrl() {
        return resolved.get(ConfigKeys.SERVER_URL);
    }

    /**
     * {@link ServerZone#US} or {@link ServerZone#EU} ({@code tapedeck.serverZone}, not set by
     * default): sessions go to Amplitude Session Replay in that zone (with {@link #serverUrl()},
     * when it is {@code http(s)://}, as a proxy in front of it); empty: to {@link #serverUrl()}.
     */
    public Optional<ServerZone> serverZone() {
        return Optional.ofNullable(resolved.get(ConfigKeys.SERVER_ZONE));
    }

    /** Where sessions go, derived from {@link #serverZone()} and {@link #serverUrl()}. */
    public Mode mode() {
        if (serverZone().isPresent()) return Mode.AMPLITUDE;
        return isHttp(serverUrl()) ? Mode.COLLECTOR : Mode.FILE;
    }

    /**
     * The configured device id ({@code tapedeck.deviceId}, 1 to 64 characters from
     * {@code A-Z a-z 0-9 . _ -}); empty means "use the one persisted in {@link #dataDir()}".
     */
    public Optional<String> deviceId() {
        return Optional.ofNullable(resolved.get(ConfigKeys.DEVICE_ID));
    }

    /** Per-user directory for the device id and local state ({@code tapedeck.dataDir}, default {@code <user.home>/.tapedeck}). Absolute. */
    public Path dataDir() {
        return resolved.get(ConfigKeys.DATA_DIR);
    }

    /** Time between full snapshots ({@code tapedeck.keyframeIntervalSeconds}): 10 s to 24 h, default 5 minutes. */
    public Duration keyframeInterval() {
        return resolved.get(ConfigKeys.KEYFRAME_INTERVAL_SECONDS);
    }

    /** Upper bound on UI captures per second ({@code tapedeck.maxCapturesPerSecond}): 1 to 60, default 10. */
    public int maxCapturesPerSecond() {
        return resolved.get(ConfigKeys.MAX_CAPTURES_PER_SECOND);
    }

    /**
     * Whether components' own painting is recorded ({@code tapedeck.recordPainting}, default
     * true); false draws them from their properties (lighter, approximate).
     */
    public boolean recordPainting() {
        return resolved.get(ConfigKeys.RECORD_PAINTING);
    }

    /**
     * Milliseconds per second capture may spend on the UI thread before it backs off
     * ({@code tapedeck.uiThreadBudgetMsPerSecond}): 1 to 500, default 20. A share of time, so a
     * number rather than a {@code Duration}.
     */
    public int uiThreadBudgetMsPerSecond() {
        return resolved.get(ConfigKeys.UI_THREAD_BUDGET_MS_PER_SECOND);
    }

    /** Time between safety re-checks of the whole UI ({@code tapedeck.resyncIntervalSeconds}): 1 s to 1 h, default 5 s. */
    public Duration resyncInterval() {
        return resolved.get(ConfigKeys.RESYNC_INTERVAL_SECONDS);
    }

    /** Whether Tapedeck writes {@code [tapedeck] DEBUG} lines to standard error ({@code tapedeck.debug}, default false). */
    public boolean debug() {
        return resolved.get(ConfigKeys.DEBUG);
    }

    /** The collector's (or Amplitude project's) API key ({@code tapedeck.apiKey}, not set by default); never printed. */
    public Optional<String> apiKey() {
        return Optional.ofNullable(resolved.get(ConfigKeys.API_KEY));
    }

    /** Upload a batch at least this often ({@code tapedeck.flushIntervalMs}): 200 ms to 60 s, default 5 s. */
    public Duration flushInterval() {
        return resolved.get(ConfigKeys.FLUSH_INTERVAL_MS);
    }

    /** Upper bound of the spool of unsent batches, in MiB ({@code tapedeck.storageLimitMB}): 1 to 102400, default 100. */
    public int storageLimitMB() {
        return resolved.get(ConfigKeys.STORAGE_LIMIT_MB);
    }

    /** Where unsent batches wait ({@code tapedeck.spoolDir}, default {@code <dataDir>/spool/<app>}). Absolute. */
    public Path spoolDir() {
        return resolved.get(ConfigKeys.SPOOL_DIR);
    }

    /** zstd level of uploaded batches ({@code tapedeck.compressionLevel}): 1 to 19, default 3. */
    public int compressionLevel() {
        return resolved.get(ConfigKeys.COMPRESSION_LEVEL);
    }

    /**
     * Whether {@code http://} to a host other than this machine is allowed
     * ({@code tapedeck.allowInsecureHttp}, default false; loopback {@code http://} always is).
     */
    public boolean allowInsecureHttp() {
        return resolved.get(ConfigKeys.ALLOW_INSECURE_HTTP);
    }

    /**
     * Whether sample rate and mask level are read from the collector at start
     * ({@code tapedeck.enableRemoteConfig}, default false). Remote configuration is a Tapedeck
     * collector's: never on in {@link Mode#AMPLITUDE}.
     */
    public boolean enableRemoteConfig() {
        return resolved.get(ConfigKeys.ENABLE_REMOTE_CONFIG) && serverZone().isEmpty();
    }

    /**
     * The mask level asked for ({@code tapedeck.maskLevel}, default {@link MaskLevel#MEDIUM});
     * with remote configuration, the collector's level raised to {@link #maskLevelMinimum()}.
     * Recording masks at least {@code maskLevel().atLeast(maskLevelMinimum())}.
     */
    public MaskLevel maskLevel() {
        return resolved.get(ConfigKeys.MASK_LEVEL);
    }

    /**
     * The floor of the mask level ({@code tapedeck.maskLevel.minimum}, default
     * {@link MaskLevel#LIGHT}): recording never masks less, whatever {@link #maskLevel()} or
     * remote configuration say.
     */
    public MaskLevel maskLevelMinimum() {
        return resolved.get(ConfigKeys.MASK_LEVEL_MINIMUM);
    }

    /** Which images become placeholders ({@code tapedeck.maskImages}, default {@link MaskImages#LARGE}). */
    public MaskImages maskImages() {
        return resolved.get(ConfigKeys.MASK_IMAGES);
    }

    /**
     * The privacy rules as written ({@code tapedeck.privacy.rules}, at most 8192 characters,
     * syntax in docs/privacy.md; not set by default). Checked when loaded.
     */
    public Optional<String> privacyRules() {
        return Optional.ofNullable(resolved.get(ConfigKeys.PRIVACY_RULES));
    }

    /**
     * Share of sessions recorded, decided from the session id ({@code tapedeck.sampleRate}): 0 to 1,
     * default 1; with remote configuration, the collector's rate.
     */
    public double sampleRate() {
        return resolved.get(ConfigKeys.SAMPLE_RATE);
    }

    /** Whether nothing is recorded on this device ({@code tapedeck.optOut}, default false). */
    public boolean optOut() {
        return resolved.get(ConfigKeys.OPT_OUT);
    }

    /** Every effective value, one per line, with where it came from (default, file, environment...). The API key is hidden. */
    @Override
    public String toString() {
        StringBuilder lines = new StringBuilder();
        for (String line : resolved.describe().split("\n")) lines.append("\n  ").append(line);
        return "TapedeckConfig{" + lines + "\n}";
    }

    /**
     * Settings from code. Values set here, typed or with {@link #set}, rank below system
     * properties and environment variables and above the properties file; the last value set
     * for a key wins.
     *
     * <p>Typed methods check their value at once against the same rules as the properties file and
     * throw {@link IllegalArgumentException} naming the method, the key and what is allowed, e.g.
     * {@code sampleRate(1.5): tapedeck.sampleRate=1.5: expected a number from 0 to 1, e.g. 0.25}.
     * {@link #set} takes text as a file holds it; such values are checked by {@link #build()},
     * which reports every problem in one {@link TapedeckConfigException}. A {@code null}
     * argument removes the value set from code, so the file or the default applies.
     */
    public static final class Builder {
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Sets {@code key} (with or without the {@code tapedeck.} prefix) to {@code value}, as it
         * would be written in the properties file; {@code null} removes it. Validated in
         * {@link #build()}. {@code set("config", path)} names a properties file to read.
         */
        public Builder set(String key, @Nullable String value) {
            String name =
                    KeyNames.withoutPrefix(Objects.requireNonNull(key, "key").trim());
            values.remove(name);
            if (value != null) values.put(name, value);
            return this;
        }

        /** The properties file to read more settings from ({@code tapedeck.config}). */
        public Builder configFile(@Nullable Path file) {
            return typed("configFile", ConfigKeys.CONFIG, file);
        }

        /** Whether to record at all ({@code tapedeck.enabled}, default true). */
        public Builder enabled(boolean enabled) {
            return typed("enabled", ConfigKeys.ENABLED, enabled);
        }

        /**
         * Where sessions go ({@code tapedeck.serverUrl}): {@code http://HOST:PORT} or
         * {@code https://…} of a collector (no user info, query or fragment), or
         * {@code file:///DIR} with an absolute path. Default {@code file://<dataDir>/sessions}.
         */
        public Builder serverUrl(@Nullable String url) {
            return typed("serverUrl", ConfigKeys.SERVER_URL, url);
        }

        /**
         * Send to Amplitude Session Replay in that zone ({@code tapedeck.serverZone}); needs
         * {@link #apiKey}. Not set by default; {@code null} removes the zone set from code.
         */
        public Builder serverZone(@Nullable ServerZone zone) {
            return typed("serverZone", ConfigKeys.SERVER_ZONE, zone);
        }

        /** The API key sent with uploads ({@code tapedeck.apiKey}): 1 to 256 visible ASCII characters. Never printed. */
        public Builder apiKey(@Nullable String apiKey) {
            return typed("apiKey", ConfigKeys.API_KEY, apiKey);
        }

        /** A fixed device id ({@code tapedeck.deviceId}): 1 to 64 characters from {@code A-Z a-z 0-9 . _ -}. */
        public Builder deviceId(@Nullable String deviceId) {
            return typed("deviceId", ConfigKeys.DEVICE_ID, deviceId);
        }

        /** Per-user directory for local state ({@code tapedeck.dataDir}, default {@code <user.home>/.tapedeck}). */
        public Builder dataDir(@Nullable Path dir) {
            return typed("dataDir", ConfigKeys.DATA_DIR, dir);
        }

        /** Upload a batch at least this often ({@code tapedeck.flushIntervalMs}): whole milliseconds from 200 ms to 60 s, default 5 s. */
        public Builder flushInterval(@Nullable Duration interval) {
            return typed("flushInterval", ConfigKeys.FLUSH_INTERVAL_MS, interval);
        }

        /** Upper bound of the spool of unsent batches, in MiB ({@code tapedeck.storageLimitMB}): 1 to 102400, default 100. */
        public Builder storageLimitMB(int megabytes) {
            return typed("storageLimitMB", ConfigKeys.STORAGE_LIMIT_MB, megabytes);
        }

        /** Where unsent batches wait ({@code tapedeck.spoolDir}, default {@code <dataDir>/spool/<app>}). */
        public Builder spoolDir(@Nullable Path dir) {
            return typed("spoolDir", ConfigKeys.SPOOL_DIR, dir);
        }

        /** zstd level of uploaded batches ({@code tapedeck.compressionLevel}): 1 to 19, default 3. */
        public Builder compressionLevel(int level) {
            return typed("compressionLevel", ConfigKeys.COMPRESSION_LEVEL, level);
        }

        /** Allow {@code http://} to hosts other than this machine ({@code tapedeck.allowInsecureHttp}, default false). */
        public Builder allowInsecureHttp(boolean allow) {
            return typed("allowInsecureHttp", ConfigKeys.ALLOW_INSECURE_HTTP, allow);
        }

        /** Read sample rate and mask level from the collector at start ({@code tapedeck.enableRemoteConfig}, default false). */
        public Builder enableRemoteConfig(boolean enable) {
            return typed("enableRemoteConfig", ConfigKeys.ENABLE_REMOTE_CONFIG, enable);
        }

        /** How much text is masked ({@code tapedeck.maskLevel}, default {@link MaskLevel#MEDIUM}). */
        public Builder maskLevel(@Nullable MaskLevel level) {
            return typed("maskLevel", ConfigKeys.MASK_LEVEL, level);
        }

        /** The floor remote configuration cannot go below ({@code tapedeck.maskLevel.minimum}, default {@link MaskLevel#LIGHT}). */
        public Builder maskLevelMinimum(@Nullable MaskLevel floor) {
            return typed("maskLevelMinimum", ConfigKeys.MASK_LEVEL_MINIMUM, floor);
        }

        /** Which images become placeholders ({@code tapedeck.maskImages}, default {@link MaskImages#LARGE}). */
        public Builder maskImages(@Nullable MaskImages images) {
            return typed("maskImages", ConfigKeys.MASK_IMAGES, images);
        }

        /** Privacy rules ({@code tapedeck.privacy.rules}): 1 to 8192 characters, syntax in docs/privacy.md. */
        public Builder privacyRules(@Nullable String rules) {
            return typed("privacyRules", ConfigKeys.PRIVACY_RULES, rules);
        }

        /** Share of sessions recorded ({@code tapedeck.sampleRate}): 0 to 1, default 1. */
        public Builder sampleRate(double rate) {
            return typed("sampleRate", ConfigKeys.SAMPLE_RATE, rate);
        }

        /** Record nothing on this device ({@code tapedeck.optOut}, default false). */
        public Builder optOut(boolean optOut) {
            return typed("optOut", ConfigKeys.OPT_OUT, optOut);
        }

        /** Record components' own painting ({@code tapedeck.recordPainting}, default true), else draw them from their properties. */
        public Builder recordPainting(boolean recordPainting) {
            return typed("recordPainting", ConfigKeys.RECORD_PAINTING, recordPainting);
        }

        /** Time between full snapshots ({@code tapedeck.keyframeIntervalSeconds}): whole seconds from 10 s to 24 h, default 5 minutes. */
        public Builder keyframeInterval(@Nullable Duration interval) {
            return typed("keyframeInterval", ConfigKeys.KEYFRAME_INTERVAL_SECONDS, interval);
        }

        /** Upper bound on UI captures per second ({@code tapedeck.maxCapturesPerSecond}): 1 to 60, default 10. */
        public Builder maxCapturesPerSecond(int captures) {
            return typed("maxCapturesPerSecond", ConfigKeys.MAX_CAPTURES_PER_SECOND, captures);
        }

        /** Milliseconds per second capture may spend on the UI thread ({@code tapedeck.uiThreadBudgetMsPerSecond}): 1 to 500, default 20. */
        public Builder uiThreadBudgetMsPerSecond(int milliseconds) {
            return typed("uiThreadBudgetMsPerSecond", ConfigKeys.UI_THREAD_BUDGET_MS_PER_SECOND, milliseconds);
        }

        /** Time between safety re-checks of the whole UI ({@code tapedeck.resyncIntervalSeconds}): whole seconds from 1 s to 1 h, default 5 s. */
        public Builder resyncInterval(@Nullable Duration interval) {
            return typed("resyncInterval", ConfigKeys.RESYNC_INTERVAL_SECONDS, interval);
        }

        /** Write {@code [tapedeck] DEBUG} lines to standard error ({@code tapedeck.debug}, default false). */
        public Builder debug(boolean debug) {
            return typed("debug", ConfigKeys.DEBUG, debug);
        }

        /**
         * A value from code: checked now by the key's own parser, then kept as the text a file
         * would hold, so it ranks and resolves exactly like {@link #set}.
         */
        private <T> Builder typed(String method, ConfigKey<T> key, @Nullable T value) {
            if (value == null) return set(key.name(), null);
            try {
                return set(key.name(), key.textOf(value));
            } catch (InvalidValueException e) {
                String shown = key.isSecret() ? key.shown(String.valueOf(value)) : String.valueOf(value);
                throw new IllegalArgumentException(
                        method + "(" + shown + "): " + key.property() + ": " + e.getMessage());
            }
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
