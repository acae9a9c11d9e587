package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tapedeck.serverZone}: Amplitude instead of a collector, and the settings it needs. */
class ServerZoneConfigTest {
    @TempDir
    Path home;

    @Test
    void unsetMeansTheCollectorOrFilesAsBefore() {
        TapedeckConfig config = new ConfigFixture(home).build();
        assertEquals(Optional.empty(), config.serverZone());
        assertFalse(config.mode().uploads());
    }

    @Test
    void aZoneWithAKeyUploadsAndKeepsTheDefaultServerUrlOutOfIt() {
        TapedeckConfig config = new ConfigFixture(home)
                .code("serverZone", "eu")
                .code("apiKey", "amp")
                .build();
        assertEquals(Optional.of(ServerZone.EU), config.serverZone());
        assertTrue(config.mode().uploads(), "goes to the uploader, not to files");
    }

    @Test
    void aProxyUrlIsAccepted() {
        TapedeckConfig config = new ConfigFixture(home)
                .env("TAPEDECK_SERVER_ZONE", "US")
                .code("apiKey", "amp")
                .code("serverUrl", "https://proxy.example.com/amplitude")
                .build();
        assertEquals(Optional.of(ServerZone.US), config.serverZone());
        assertEquals("https://proxy.example.com/amplitude", config.serverUrl());
    }

    @Test
    void aZoneWithoutAnApiKeyIsOneProblemLine() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.serverZone", "US")
                        .build());
        assertEquals(
                List.of("tapedeck.serverZone=US (from system property): sending to Amplitude needs tapedeck.apiKey"
                        + " (the API key of the Amplitude project)"),
                e.problems());
    }

    @Test
    void aFileUrlWithAZoneIsAProblem() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .code("serverZone", "US")
                        .code("apiKey", "amp")
                        .code("serverUrl", "file:///var/tmp/td")
                        .build());
        assertEquals(1, e.problems().size());
        assertTrue(
                e.problems().get(0).startsWith("tapedeck.serverUrl=file:///var/tmp/td: with tapedeck.serverZone=US"),
                e.problems().get(0));
    }

    @Test
    void anUnknownZoneNamesTheAllowedOnes() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .code("serverZone", "APAC")
                        .code("apiKey", "amp")
                        .build());
        assertEquals(
                List.of("tapedeck.serverZone=APAC: expected one of US, EU (from code or agent arguments)"),
                e.problems());
    }

    @Test
    void theZoneHasOneParserThatAcceptsAnyCaseAndNamesTheZones() {
        assertEquals(ServerZone.EU, ServerZone.parse(" eu "));
        assertEquals(ServerZone.US, ServerZone.parse("US"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerZone.parse("APAC"));
        assertEquals("\"APAC\" is not one of US, EU", e.getMessage());
    }

    @Test
    void theTypedZoneIsWrittenAsAmplitudeWritesIt() {
        ConfigFixture fixture = new ConfigFixture(home).code("apiKey", "amp");
        fixture.code.serverZone(ServerZone.EU);
        TapedeckConfig config = fixture.build();
        assertEquals(Optional.of(ServerZone.EU), config.serverZone());
        assertTrue(config.toString().contains("tapedeck.serverZone=EU  (code or agent arguments)"), config.toString());
        fixture.code.serverZone(null);
        assertEquals(Optional.empty(), fixture.build().serverZone(), "null removes the zone set from code");
    }

    @Test
    void remoteConfigurationNeverAppliesToAmplitude() {
        TapedeckConfig config = new ConfigFixture(home)
                .code("serverZone", "US")
                .code("apiKey", "amp")
                .code("enableRemoteConfig", "true")
                .build();
        assertFalse(config.enableRemoteConfig());
        assertTrue(new ConfigFixture(home)
                .code("serverUrl", "https://c.example.com")
                .code("enableRemoteConfig", "true")
                .build()
                .enableRemoteConfig());
    }
}
