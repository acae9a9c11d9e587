package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.config.ConfigKey;
import io.tapedeck.core.internal.config.ConfigKeys;
import io.tapedeck.core.internal.log.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tapedeck.camelCase ↔ TAPEDECK_UPPER_SNAKE, for every key. */
class EnvironmentMappingTest {
    @TempDir
    Path home;

    @Test
    void variableNamesAreUpperSnakeOfTheKey() {
        assertEquals("TAPEDECK_MAX_CAPTURES_PER_SECOND", ConfigKeys.MAX_CAPTURES_PER_SECOND.envVar());
        assertEquals("TAPEDECK_UI_THREAD_BUDGET_MS_PER_SECOND", ConfigKeys.UI_THREAD_BUDGET_MS_PER_SECOND.envVar());
        assertEquals("TAPEDECK_SERVER_URL", ConfigKeys.SERVER_URL.envVar());
        assertEquals("TAPEDECK_ENABLED", ConfigKeys.ENABLED.envVar());
        assertEquals("TAPEDECK_CONFIG", ConfigKeys.CONFIG.envVar());
    }

    @Test
    void everyKeyIsReadFromItsEnvironmentVariable() throws Exception {
        Path file = home.resolve("t.properties");
        Files.writeString(file, "");
        Map<String, String> samples = new java.util.HashMap<>(Map.of(
                "enabled",
                "false",
                "serverUrl",
                "http://127.0.0.1:9",
                "deviceId",
                "env-box",
                "dataDir",
                home.resolve("d").toString(),
                "keyframeIntervalSeconds",
                "99",
                "maxCapturesPerSecond",
                "9",
                "uiThreadBudgetMsPerSecond",
                "99",
                "resyncIntervalSeconds",
                "9",
                "debug",
                "yes",
                "config",
                file.toString()));
        samples.putAll(Map.of(
                "apiKey",
                "k-env",
                "flushIntervalMs",
                "999",
                "storageLimitMB",
                "7",
                "spoolDir",
                home.resolve("s").toString(),
                "compressionLevel",
                "9",
                "allowInsecureHttp",
                "yes",
                "enableRemoteConfig",
                "yes"));
        samples.putAll(Map.of(
                "maskLevel",
                "light",
                "maskLevel.minimum",
                "medium",
                "maskImages",
                "all",
                "privacy.rules",
                "mask:name=ssn*",
                "sampleRate",
                "0.25",
                "optOut",
                "yes",
                "recordPainting",
                "no"));
        samples.put("serverZone", "US");
        ConfigFixture fixture = new ConfigFixture(home);
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertTrue(samples.containsKey(key.name()), "add a sample value for " + key);
            fixture.env(key.envVar(), samples.get(key.name()));
        }
        String described;
        try (CapturedLog ignored = CapturedLog.start()) { // debug=yes would switch debug logging on
            described = fixture.build().toString();
        }
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            String shown = key.isSecret()
                    ? "(set, hidden)"
                    : samples.get(key.name()).replace("yes", "true").replace("no", "false");
            assertTrue(
                    described.contains(key.property() + "=" + shown + "  (environment variable " + key.envVar() + ")"),
                    described);
        }
    }
}
