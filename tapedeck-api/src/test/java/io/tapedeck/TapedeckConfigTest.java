package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.config.AgentArguments;
import io.tapedeck.core.internal.config.ConfigKey;
import io.tapedeck.core.internal.config.ConfigKeys;
import io.tapedeck.core.internal.log.CapturedLog;
import io.tapedeck.core.internal.log.Log;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TapedeckConfigTest {
    @TempDir
    Path home;

    @Test
    void withNothingConfiguredEveryDefaultApplies() {
        TapedeckConfig config = new ConfigFixture(home).build();
        assertTrue(config.enabled());
        assertEquals(home.resolve(".tapedeck"), config.dataDir());
        assertEquals(home.resolve(".tapedeck/sessions").toUri().toString().replaceAll("/$", ""), config.serverUrl());
        assertEquals("file://" + home + "/.tapedeck/sessions", config.serverUrl());
        assertEquals(Optional.empty(), config.deviceId());
        assertEquals(300, config.keyframeInterval().toSeconds());
        assertEquals(10, config.maxCapturesPerSecond());
        assertEquals(20, config.uiThreadBudgetMsPerSecond());
        assertEquals(5, config.resyncInterval().toSeconds());
        assertFalse(config.debug());
    }

    @Test
    void everyGetterReturnsItsConfiguredValue() {
        Path data = home.resolve("state");
        TapedeckConfig config;
        try (CapturedLog ignored = CapturedLog.start()) {
            config = new ConfigFixture(home)
                    .code("enabled", "false")
                    .code("serverUrl", "file:///var/tmp/td")
                    .code("deviceId", "laptop-7.a_b")
                    .code("dataDir", data.toString())
                    .code("keyframeIntervalSeconds", "60")
                    .code("maxCapturesPerSecond", "30")
                    .code("uiThreadBudgetMsPerSecond", "50")
                    .code("resyncIntervalSeconds", "10")
                    .code("debug", "true")
                    .build();
        }
        assertFalse(config.enabled());
        assertEquals("file:///var/tmp/td", config.serverUrl());
        assertEquals(Optional.of("laptop-7.a_b"), config.deviceId());
        assertEquals(data, config.dataDir());
        assertEquals(60, config.keyframeInterval().toSeconds());
        assertEquals(30, config.maxCapturesPerSecond());
        assertEquals(50, config.uiThreadBudgetMsPerSecond());
        assertEquals(10, config.resyncInterval().toSeconds());
        assertTrue(config.debug());
    }

    @Test
    void defaultServerUrlFollowsAConfiguredDataDir() {
        Path data = home.resolve("elsewhere");
        TapedeckConfig config =
                new ConfigFixture(home).code("dataDir", data.toString()).build();
        assertEquals("file://" + data + "/sessions", config.serverUrl());
    }

    @Test
    void relativeDataDirIsMadeAbsolute() {
        TapedeckConfig config =
                new ConfigFixture(home).code("dataDir", "rel/dir").build();
        assertTrue(config.dataDir().isAbsolute());
        assertTrue(config.dataDir().endsWith(Path.of("rel/dir")));
    }

    @Test
    void builderAcceptsKeysWithAndWithoutPrefix() {
        TapedeckConfig config = new ConfigFixture(home)
                .code("tapedeck.maxCapturesPerSecond", "7")
                .code("resyncIntervalSeconds", "9")
                .build();
        assertEquals(7, config.maxCapturesPerSecond());
        assertEquals(9, config.resyncInterval().toSeconds());
    }

    @Test
    void settingNullFromCodeRemovesTheValue() {
        ConfigFixture fixture = new ConfigFixture(home).code("maxCapturesPerSecond", "7");
        fixture.code("tapedeck.maxCapturesPerSecond", null);
        assertEquals(10, fixture.build().maxCapturesPerSecond());
    }

    @Test
    void agentArgumentsRankLikeValuesFromCode() throws Exception {
        ConfigFixture fixture = new ConfigFixture(home).env("TAPEDECK_RESYNC_INTERVAL_SECONDS", "3");
        java.nio.file.Files.writeString(
                fixture.filePath(), "tapedeck.keyframeIntervalSeconds=600\nmaxCapturesPerSecond=2\n");
        AgentArguments.parse(
                        "config=" + fixture.filePath() + ",maxCapturesPerSecond=4,tapedeck.resyncIntervalSeconds=8")
                .forEach(fixture::code);
        TapedeckConfig config = fixture.build();
        assertEquals(600, config.keyframeInterval().toSeconds()); // file, nothing above it
        assertEquals(4, config.maxCapturesPerSecond()); // agent argument beats file
        assertEquals(3, config.resyncInterval().toSeconds()); // environment beats agent argument
    }

    @Test
    void toStringListsEveryEffectiveValueWithItsOrigin() throws Exception {
        TapedeckConfig config = new ConfigFixture(home)
                .sysprop("tapedeck.maxCapturesPerSecond", "5")
                .env("TAPEDECK_RESYNC_INTERVAL_SECONDS", "6")
                .code("uiThreadBudgetMsPerSecond", "30")
                .file("tapedeck.keyframeIntervalSeconds=120\n")
                .build();
        String text = config.toString();
        for (ConfigKey<?> key : ConfigKeys.ALL) assertTrue(text.contains(key.property() + "="), key + " in " + text);
        assertTrue(text.contains("tapedeck.maxCapturesPerSecond=5  (system property)"), text);
        assertTrue(
                text.contains(
                        "tapedeck.resyncIntervalSeconds=6  (environment variable TAPEDECK_RESYNC_INTERVAL_SECONDS)"),
                text);
        assertTrue(text.contains("tapedeck.uiThreadBudgetMsPerSecond=30  (code or agent arguments)"), text);
        assertTrue(
                text.contains(
                        "tapedeck.keyframeIntervalSeconds=120  (file " + home.resolve("tapedeck.properties") + ")"),
                text);
        assertTrue(text.contains("tapedeck.enabled=true  (default)"), text);
        assertTrue(text.contains("tapedeck.deviceId=(not set)  (default)"), text);
    }

    @Test
    void debugSettingSwitchesDebugLoggingAndPrintsTheConfiguration() {
        try (CapturedLog log = CapturedLog.start()) {
            new ConfigFixture(home).sysprop("tapedeck.debug", "on").build();
            assertTrue(Log.isDebugEnabled());
            List<String> debug = log.messages("DEBUG");
            assertEquals("configuration:", debug.get(0));
            assertTrue(debug.contains("tapedeck.debug=true  (system property)"), debug.toString());

            new ConfigFixture(home).build();
            assertFalse(Log.isDebugEnabled());
        }
    }

    @Test
    void exceptionCarriesOneLinePerProblem() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.maxCapturesPerSecond", "abc")
                        .env("TAPEDECK_DEBUG", "maybe")
                        .code("keyframeIntervalSeconds", "1")
                        .build());
        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(String.join("\n", e.problems()), e.getMessage());
        assertTrue(
                e.problems().stream()
                        .anyMatch(p -> p.startsWith(
                                "tapedeck.maxCapturesPerSecond=abc: expected a whole number from 1 to 60")),
                e.getMessage());
    }
}
