package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tapedeck.core.internal.config.ConfigKey;
import io.tapedeck.core.internal.config.ConfigKeys;
import io.tapedeck.core.internal.log.CapturedLog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each bad value is one line naming the key, the value as given, what is allowed and its source. */
class ConfigValidationTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "enabled | maybe | expected true or false (yes/no, on/off, 1/0 also work)",
                "debug | 2 | expected true or false (yes/no, on/off, 1/0 also work)",
                "serverUrl | ftp://collector.example.com | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | http:///no-host | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | https://user:pw@collector.example.com | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | https://collector.example.com/?k=1 | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | /var/tmp/td | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck (write file:///var/tmp/td)",
                "serverUrl | file:sessions | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | file:///a b | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverUrl | file:///tmp/x?y=1 | expected a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, or a file: URL of a directory with an absolute path, e.g. file:///var/tmp/tapedeck",
                "serverZone | APAC | expected one of US, EU",
                "flushIntervalMs | 199 | expected a whole number from 200 to 60000",
                "flushIntervalMs | 60001 | expected a whole number from 200 to 60000",
                "storageLimitMB | 0 | expected a whole number from 1 to 102400",
                "compressionLevel | 0 | expected a whole number from 1 to 19",
                "compressionLevel | 20 | expected a whole number from 1 to 19",
                "allowInsecureHttp | perhaps | expected true or false (yes/no, on/off, 1/0 also work)",
                "enableRemoteConfig | perhaps | expected true or false (yes/no, on/off, 1/0 also work)",
                "maskLevel | strict | expected one of light, medium, conservative",
                "maskLevel.minimum | none | expected one of light, medium, conservative",
                "maskImages | some | expected one of none, large, all",
                "sampleRate | 1.5 | expected a number from 0 to 1, e.g. 0.25",
                "sampleRate | half | expected a number from 0 to 1, e.g. 0.25",
                "sampleRate | NaN | expected a number from 0 to 1, e.g. 0.25",
                "optOut | sometimes | expected true or false (yes/no, on/off, 1/0 also work)",
                "recordPainting | vectors | expected true or false (yes/no, on/off, 1/0 also work)",
                "deviceId | my laptop | expected 1 to 64 characters from A-Z a-z 0-9 . _ -",
                "deviceId | ab/cd | expected 1 to 64 characters from A-Z a-z 0-9 . _ -",
                "deviceId | 12345678901234567890123456789012345678901234567890123456789012345 | expected 1 to 64 characters from A-Z a-z 0-9 . _ -",
                "keyframeIntervalSeconds | 9 | expected a whole number from 10 to 86400",
                "keyframeIntervalSeconds | 86401 | expected a whole number from 10 to 86400",
                "maxCapturesPerSecond | abc | expected a whole number from 1 to 60",
                "maxCapturesPerSecond | 0 | expected a whole number from 1 to 60",
                "maxCapturesPerSecond | 61 | expected a whole number from 1 to 60",
                "maxCapturesPerSecond | 1.5 | expected a whole number from 1 to 60",
                "maxCapturesPerSecond | 99999999999 | expected a whole number from 1 to 60",
                "uiThreadBudgetMsPerSecond | 0 | expected a whole number from 1 to 500",
                "uiThreadBudgetMsPerSecond | 501 | expected a whole number from 1 to 500",
                "resyncIntervalSeconds | 0 | expected a whole number from 1 to 3600",
                "resyncIntervalSeconds | 3601 | expected a whole number from 1 to 3600",
            })
    void badValueNamesKeyValueAndWhatIsAllowed(String key, String value, String expected) {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home).sysprop("tapedeck." + key, value).build());
        assertEquals(
                List.of("tapedeck." + key + "=" + value + ": " + expected + " (from system property)"), e.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataDir", "spoolDir", "config"})
    void impossiblePathNamesKeyAndReason(String key) {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home).code(key, "a\u0000b").build());
        assertEquals(
                List.of("tapedeck." + key + "=a\u0000b: expected a file system path (Nul character not allowed)"
                        + " (from code or agent arguments)"),
                e.problems());
    }

    @Test
    void privacyRulesLongerThanTheLimitAreRefused() {
        String tooLong = "mask:name=" + "x".repeat(8190);
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.privacy.rules", tooLong)
                        .build());
        assertEquals(1, e.problems().size());
        assertEquals(
                true,
                e.problems().get(0).endsWith(": expected text of 1 to 8192 characters (from system property)"),
                e.problems().get(0));
    }

    @Test
    void aBadApiKeyIsReportedWithoutShowingIt() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.apiKey", "secret with spaces")
                        .build());
        assertEquals(
                List.of("tapedeck.apiKey=<18 characters, hidden>: expected 1 to 256 visible ASCII characters,"
                        + " no spaces (from system property)"),
                e.problems());
    }

    @Test
    void theApiKeyNeverAppearsInTheDescribedConfiguration() {
        TapedeckConfig config = new ConfigFixture(home)
                .sysprop("tapedeck.apiKey", "k-123456789")
                .build();
        assertEquals("k-123456789", config.apiKey().orElseThrow());
        assertEquals(false, config.toString().contains("k-123456789"), config.toString());
    }

    @Test
    void theIssuesExampleMessageIsProducedVerbatim() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .code("maxCapturesPerSecond", "abc")
                        .build());
        assertEquals(
                "tapedeck.maxCapturesPerSecond=abc: expected a whole number from 1 to 60 (from code or agent arguments)",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyValueIsInvalidRatherThanIgnored(String blank) {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .env("TAPEDECK_MAX_CAPTURES_PER_SECOND", blank)
                        .build());
        assertEquals(
                List.of("tapedeck.maxCapturesPerSecond=: expected a whole number from 1 to 60"
                        + " (from environment variable TAPEDECK_MAX_CAPTURES_PER_SECOND)"),
                e.problems());
    }

    @Test
    void boundaryValuesAreAccepted() {
        TapedeckConfig low = new ConfigFixture(home)
                .code("keyframeIntervalSeconds", "10")
                .code("maxCapturesPerSecond", "1")
                .code("uiThreadBudgetMsPerSecond", "1")
                .code("resyncIntervalSeconds", "1")
                .code("deviceId", "x")
                .build();
        TapedeckConfig high = new ConfigFixture(home)
                .code("keyframeIntervalSeconds", "86400")
                .code("maxCapturesPerSecond", "60")
                .code("uiThreadBudgetMsPerSecond", "500")
                .code("resyncIntervalSeconds", "3600")
                .code("deviceId", "d".repeat(64))
                .build();
        assertEquals(
                List.of(10L, 1, 1, 1L),
                List.of(
                        low.keyframeInterval().toSeconds(),
                        low.maxCapturesPerSecond(),
                        low.uiThreadBudgetMsPerSecond(),
                        low.resyncInterval().toSeconds()));
        assertEquals(
                List.of(86400L, 60, 500, 3600L),
                List.of(
                        high.keyframeInterval().toSeconds(),
                        high.maxCapturesPerSecond(),
                        high.uiThreadBudgetMsPerSecond(),
                        high.resyncInterval().toSeconds()));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(
                12,
                new ConfigFixture(home)
                        .code("maxCapturesPerSecond", " 12 ")
                        .build()
                        .maxCapturesPerSecond());
    }

    @ParameterizedTest
    @CsvSource({
        "true,true",
        "TRUE,true",
        "yes,true",
        "Yes,true",
        "on,true",
        "ON,true",
        "1,true",
        "false,false",
        "False,false",
        "no,false",
        "NO,false",
        "off,false",
        "Off,false",
        "0,false"
    })
    void booleansAcceptEverySpellingInAnyCase(String spelling, boolean expected) {
        TapedeckConfig config;
        try (CapturedLog ignored = CapturedLog.start()) { // debug=on would switch debug logging on
            config = new ConfigFixture(home)
                    .sysprop("tapedeck.enabled", spelling)
                    .env("TAPEDECK_DEBUG", spelling)
                    .build();
        }
        assertEquals(expected, config.enabled());
        assertEquals(expected, config.debug());
    }

    @Test
    void aBadValueIsReportedEvenWhenAHigherSourceOverridesIt() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.maxCapturesPerSecond", "5")
                        .env("TAPEDECK_MAX_CAPTURES_PER_SECOND", "lots")
                        .build());
        assertEquals(
                List.of("tapedeck.maxCapturesPerSecond=lots: expected a whole number from 1 to 60"
                        + " (from environment variable TAPEDECK_MAX_CAPTURES_PER_SECOND)"),
                e.problems());
    }

    @Test
    void everyKeyHasAValidationCaseAbove() {
        // Adding a key to the table should come with a bad-value case in this class.
        Map<String, Boolean> covered = new java.util.HashMap<>(Map.of(
                "enabled",
                true,
                "debug",
                true,
                "serverUrl",
                true,
                "deviceId",
                true,
                "dataDir",
                true,
                "config",
                true,
                "keyframeIntervalSeconds",
                true,
                "maxCapturesPerSecond",
                true,
                "uiThreadBudgetMsPerSecond",
                true,
                "resyncIntervalSeconds",
                true));
        covered.putAll(Map.of(
                "apiKey",
                true,
                "flushIntervalMs",
                true,
                "storageLimitMB",
                true,
                "spoolDir",
                true,
                "compressionLevel",
                true,
                "allowInsecureHttp",
                true,
                "enableRemoteConfig",
                true));
        covered.putAll(Map.of(
                "maskLevel",
                true,
                "maskLevel.minimum",
                true,
                "maskImages",
                true,
                "sampleRate",
                true,
                "optOut",
                true,
                "privacy.rules",
                true,
                "recordPainting",
                true));
        covered.put("serverZone", true);
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertEquals(Boolean.TRUE, covered.get(key.name()), "no validation case for " + key);
        }
    }
}
