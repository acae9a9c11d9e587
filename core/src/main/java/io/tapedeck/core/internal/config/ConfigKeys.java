package io.tapedeck.core.internal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every Tapedeck setting, in one table. Adding a setting is one entry here (plus its getter in
 * {@code TapedeckConfig}); parsing, validation, precedence, unknown-key warnings, the
 * environment-variable name and the docs table all follow from it. The order here is the order
 * of the docs table and of {@code TapedeckConfig.toString()}.
 */
public final class ConfigKeys {
    private ConfigKeys() {}

    public static final ConfigKey<Boolean> ENABLED = ConfigKey.of("enabled", ValueTypes.bool(), true,
            "Record at all. `false` leaves the agent installed but idle.");

    public static final ConfigKey<Path> DATA_DIR = ConfigKey.computed("dataDir", ValueTypes.path(),
            "<user.home>/.tapedeck", ctx -> ctx.userHome().resolve(".tapedeck"),
            "Per-user directory for local state, such as the persisted device id (`device-id`).");

    public static final ConfigKey<String> SERVER_URL = ConfigKey.computed("serverUrl", ValueTypes.serverUrl(),
            "file://<dataDir>/sessions", ctx -> ValueTypes.fileUrlOf(ctx.valueOf(DATA_DIR).resolve("sessions")),
            "Where sessions go. `file:///DIR` writes each session to `DIR/<sessionId>.ndjson`.");

    public static final ConfigKey<String> DEVICE_ID = ConfigKey.optional("deviceId",
            ValueTypes.matching("[A-Za-z0-9._-]{1,64}", "1 to 64 characters from A-Z a-z 0-9 . _ -"),
            "Fixed device id. When not set, a random UUID is created once and kept in `<dataDir>/device-id`.");

    public static final ConfigKey<Integer> KEYFRAME_INTERVAL_SECONDS = ConfigKey.of("keyframeIntervalSeconds",
            ValueTypes.wholeNumber(10, 86400), 300,
            "Seconds between full snapshots, so a player can seek in a long session.");

    public static final ConfigKey<Integer> MAX_CAPTURES_PER_SECOND = ConfigKey.of("maxCapturesPerSecond",
            ValueTypes.wholeNumber(1, 60), 10,
            "Upper bound on UI captures per second; changes in between are coalesced.");

    public static final ConfigKey<Integer> UI_THREAD_BUDGET_MS_PER_SECOND = ConfigKey.of(
            "uiThreadBudgetMsPerSecond", ValueTypes.wholeNumber(1, 500), 20,
            "Milliseconds per second capture may spend on the UI thread; past it, capture backs off.");

    public static final ConfigKey<Integer> RESYNC_INTERVAL_SECONDS = ConfigKey.of("resyncIntervalSeconds",
            ValueTypes.wholeNumber(1, 3600), 5,
            "Seconds between safety re-checks of the whole UI, for changes no event reported.");

    public static final ConfigKey<Boolean> DEBUG = ConfigKey.of("debug", ValueTypes.bool(), false,
            "Write `[tapedeck] DEBUG` lines (including the effective configuration) to standard error.");

    public static final ConfigKey<Path> CONFIG = ConfigKey.optional("config", ValueTypes.path(),
            "Properties file to read settings from (not valid inside that file).");

    /** Every key, in docs order. */
    public static final List<ConfigKey<?>> ALL = List.of(ENABLED, SERVER_URL, DEVICE_ID, DATA_DIR,
            KEYFRAME_INTERVAL_SECONDS, MAX_CAPTURES_PER_SECOND, UI_THREAD_BUDGET_MS_PER_SECOND,
            RESYNC_INTERVAL_SECONDS, DEBUG, CONFIG);

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
