package io.tapedeck.core.internal.config;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.ServerZone;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Every Tapedeck setting, in one table. Adding a setting is one entry here (plus its getter and
 * typed builder method in {@code TapedeckConfig}, and the line in its {@code api/} listing); parsing, validation, precedence, unknown-key warnings, the
 * environment-variable name and the docs table all follow from it. The order here is the order
 * of the docs table and of {@code TapedeckConfig.toString()}.
 */
public final class ConfigKeys {
    private ConfigKeys() {}

    public static final ConfigKey<Boolean> ENABLED = ConfigKey.of(
            "enabled", ValueTypes.bool(), true, "Record at all. `false` leaves the agent installed but idle.");

    public static final ConfigKey<Path> DATA_DIR = ConfigKey.computed(
            "dataDir",
            ValueTypes.path(),
            "<user.home>/.tapedeck",
            ctx -> ctx.userHome().resolve(".tapedeck"),
            "Per-user directory for local state, such as the persisted device id (`device-id`).");

    public static final ConfigKey<String> SERVER_URL = ConfigKey.computed(
            "serverUrl",
            ValueTypes.serverUrl(),
            "file://<dataDir>/sessions",
            ctx -> ValueTypes.fileUrlOf(ctx.valueOf(DATA_DIR).resolve("sessions")),
            "Where sessions go: a collector's `http://HOST:PORT` or `https://…` address, or `file:///DIR`, "
                    + "which writes each session to `DIR/<sessionId>.ndjson`.");

    public static final ConfigKey<String> API_KEY = ConfigKey.optionalSecret(
            "apiKey",
            ValueTypes.matching("[\\x21-\\x7E]{1,256}", "1 to 256 visible ASCII characters, no spaces"),
            "API key sent to the collector (`Authorization: Bearer`). Never printed.");

    public static final ConfigKey<ServerZone> SERVER_ZONE = ConfigKey.optional(
            "serverZone",
            ValueTypes.enumeration(ServerZone.class, ServerZone::parse, Enum::name),
            "Send sessions to Amplitude Session Replay in this data region instead of a Tapedeck collector; needs "
                    + "`tapedeck.apiKey` (the Amplitude project's API key). `tapedeck.serverUrl`, if set, must then be "
                    + "an `http(s)://` proxy address that replaces Amplitude's host. See docs/integrations.md.");

    public static final ConfigKey<Duration> FLUSH_INTERVAL_MS = ConfigKey.of(
            "flushIntervalMs",
            ValueTypes.duration(ChronoUnit.MILLIS, 200, 60000),
            Duration.ofMillis(5000),
            "Upload a batch at least this often (milliseconds), even when it is small.");

    public static final ConfigKey<Integer> STORAGE_LIMIT_MB = ConfigKey.of(
            "storageLimitMB",
            ValueTypes.wholeNumber(1, 102400),
            100,
            "Upper bound of the on-disk spool of unsent batches; past it the oldest batches are dropped.");

    public static final ConfigKey<Path> SPOOL_DIR = ConfigKey.computed(
            "spoolDir",
            ValueTypes.path(),
            "<dataDir>/spool/<app>",
            ctx -> ctx.valueOf(DATA_DIR).resolve("spool").resolve(AppName.current()),
            "Where unsent batches wait (per app: `<app>` is the main class or jar name).");

    public static final ConfigKey<Integer> COMPRESSION_LEVEL = ConfigKey.of(
            "compressionLevel",
            ValueTypes.wholeNumber(1, 19),
            3,
            "zstd level for uploaded batches (higher: smaller, slower).");

    public static final ConfigKey<Boolean> ALLOW_INSECURE_HTTP = ConfigKey.of(
            "allowInsecureHttp",
            ValueTypes.bool(),
            false,
            "Allow `http://` to a host other than this machine (loopback `http://` is always allowed).");

    public static final ConfigKey<Boolean> ENABLE_REMOTE_CONFIG = ConfigKey.of(
            "enableRemoteConfig",
            ValueTypes.bool(),
            false,
            "At start, read sample rate and mask level for this API key from the collector.");

    public static final ConfigKey<String> DEVICE_ID = ConfigKey.optional(
            "deviceId",
            ValueTypes.matching("[A-Za-z0-9._-]{1,64}", "1 to 64 characters from A-Z a-z 0-9 . _ -"),
            "Fixed device id. When not set, a random UUID is created once and kept in `<dataDir>/device-id`.");

    public static final ConfigKey<Duration> KEYFRAME_INTERVAL_SECONDS = ConfigKey.of(
            "keyframeIntervalSeconds",
            ValueTypes.duration(ChronoUnit.SECONDS, 10, 86400),
            Duration.ofSeconds(300),
            "Seconds between full snapshots, so a player can seek in a long session.");

    public static final ConfigKey<Integer> MAX_CAPTURES_PER_SECOND = ConfigKey.of(
            "maxCapturesPerSecond",
            ValueTypes.wholeNumber(1, 60),
            10,
            "Upper bound on UI captures per second; changes in between are coalesced.");

    public static final ConfigKey<Integer> UI_THREAD_BUDGET_MS_PER_SECOND = ConfigKey.of(
            "uiThreadBudgetMsPerSecond",
            ValueTypes.wholeNumber(1, 500),
            20,
            "Milliseconds per second capture may spend on the UI thread; past it, capture backs off.");

    public static final ConfigKey<Duration> RESYNC_INTERVAL_SECONDS = ConfigKey.of(
            "resyncIntervalSeconds",
            ValueTypes.duration(ChronoUnit.SECONDS, 1, 3600),
            Duration.ofSeconds(5),
            "Seconds between safety re-checks of the whole UI, for changes no event reported.");

    public static final ConfigKey<Boolean> RECORD_PAINTING = ConfigKey.of(
            "recordPainting",
            ValueTypes.bool(),
            true,
            "Record each component's own painting as SVG: what the user saw, in any look and feel. "
                    + "`false` draws components from their properties instead (lighter, approximate).");

    public static final ConfigKey<MaskLevel> MASK_LEVEL = ConfigKey.of(
            "maskLevel",
            ValueTypes.enumeration(MaskLevel.class, MaskLevel::parse),
            MaskLevel.MEDIUM,
            "What text is masked: `light` passwords and sensitive-looking inputs; `medium` every editable "
                    + "text; `conservative` every text. See docs/privacy.md.");

    public static final ConfigKey<MaskLevel> MASK_LEVEL_MINIMUM = ConfigKey.of(
            "maskLevel.minimum",
            ValueTypes.enumeration(MaskLevel.class, MaskLevel::parse),
            MaskLevel.LIGHT,
            "A floor for the mask level that remote configuration cannot go below.");

    public static final ConfigKey<MaskImages> MASK_IMAGES = ConfigKey.of(
            "maskImages",
            ValueTypes.enumeration(MaskImages.class, MaskImages::parse),
            MaskImages.LARGE,
            "Which images and custom-painted components become placeholders: `large` = above 100×100 px.");

    public static final ConfigKey<String> PRIVACY_RULES = ConfigKey.optional(
            "privacy.rules",
            ValueTypes.privacyRules(8192),
            "Rules marking components by class, name or accessible name. See docs/privacy.md.");

    public static final ConfigKey<Double> SAMPLE_RATE = ConfigKey.of(
            "sampleRate",
            ValueTypes.fraction(),
            1.0,
            "Share of sessions recorded, decided from the session id (every process of a session agrees).");

    public static final ConfigKey<Boolean> OPT_OUT = ConfigKey.of(
            "optOut",
            ValueTypes.bool(),
            false,
            "Record nothing on this device (also settable at run time; see docs/privacy.md).");

    public static final ConfigKey<Boolean> DEBUG = ConfigKey.of(
            "debug",
            ValueTypes.bool(),
            false,
            "Write `[tapedeck] DEBUG` lines (including the effective configuration) to standard error.");

    public static final ConfigKey<Path> CONFIG = ConfigKey.optional(
            "config", ValueTypes.path(), "Properties file to read settings from (not valid inside that file).");

    /** Every key, in docs order. */
    public static final List<ConfigKey<?>> ALL = List.of(
            ENABLED,
            SERVER_URL,
            SERVER_ZONE,
            API_KEY,
            DEVICE_ID,
            DATA_DIR,
            FLUSH_INTERVAL_MS,
            STORAGE_LIMIT_MB,
            SPOOL_DIR,
            COMPRESSION_LEVEL,
            ALLOW_INSECURE_HTTP,
            ENABLE_REMOTE_CONFIG,
            MASK_LEVEL,
            MASK_LEVEL_MINIMUM,
            MASK_IMAGES,
            PRIVACY_RULES,
            SAMPLE_RATE,
            OPT_OUT,
            RECORD_PAINTING,
            KEYFRAME_INTERVAL_SECONDS,
            MAX_CAPTURES_PER_SECOND,
            UI_THREAD_BUDGET_MS_PER_SECOND,
            RESYNC_INTERVAL_SECONDS,
            DEBUG,
            CONFIG);

    /** The key called {@code name} (without prefix, exact case). */
    public static Optional<ConfigKey<?>> byName(String name) {
        for (ConfigKey<?> key : ALL) {
            if (key.name().equals(name)) return Optional.of(key);
        }
        return Optional.empty();
    }

    /** The key whose environment variable is exactly {@code envVar}. */
    public static Optional<ConfigKey<?>> byEnvVar(String envVar) {
        for (ConfigKey<?> key : ALL) {
            if (key.envVar().equals(envVar)) return Optional.of(key);
        }
        return Optional.empty();
    }
}
