package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.internal.AgentTestAccess;
import io.tapedeck.collector.CollectorFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Remote configuration from a real collector is applied before the session starts: its sample
 * rate replaces the local one, its mask level applies but never below {@code tapedeck.maskLevel.minimum}.
 */
class RemoteConfigurationIT extends ShownWindowFixture {
    private void startWithRemote(Double sampleRate, String maskLevel, String... local) {
        startCollector(b -> b.remoteConfig(CollectorFixture.API_KEY, sampleRate, maskLevel));
        TapedeckConfig.Builder builder =
                settings("remote-config-it").set("serverUrl", collector.url()).set("enableRemoteConfig", "true");
        for (int i = 0; i < local.length; i += 2) builder.set(local[i], local[i + 1]);
        Tapedeck.start(builder.build());
    }

    private MaskLevel effectiveMaskLevel() {
        return AgentTestAccess.effectiveConfig()
                .orElseThrow(() -> new AssertionError(String.join("\n", logLines)))
                .maskLevel();
    }

    @Test
    void remoteConservativeApplies() {
        startWithRemote(null, "conservative", "maskLevel", "light");
        assertEquals(MaskLevel.CONSERVATIVE, effectiveMaskLevel());
    }

    @Test
    void remoteLightIsRaisedToTheLocalFloor() {
        startWithRemote(null, "light", "maskLevel.minimum", "medium");
        assertEquals(MaskLevel.MEDIUM, effectiveMaskLevel());
        assertTrue(AgentTestAccess.effectiveConfig()
                .orElseThrow()
                .toString()
                .contains("raised to the floor tapedeck.maskLevel.minimum=medium"));
    }

    @Test
    void remoteSampleRateZeroRecordsNothingAndWritesNothing() throws Exception {
        startWithRemote(0.0, null, "sampleRate", "1");
        assertFalse(Tapedeck.isRecording(), String.join("\n", logLines));
        assertTrue(Tapedeck.replayId().isEmpty());
        Tapedeck.flush();
        assertFalse(Files.exists(tmp.resolve("spool")), "no spool for an unsampled session");
        assertFalse(Files.exists(tmp.resolve("data").resolve("device-id")), "no device id created for it");
        try (Stream<Path> stored = Files.list(tmp.resolve("collector"))) {
            assertEquals(
                    0,
                    stored.filter(Files::isDirectory)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .count(),
                    "the collector stored no session");
        }
    }

    @Test
    void remoteSampleRateOneRecordsEvenWhenTheLocalRateIsZero() {
        startWithRemote(1.0, null, "sampleRate", "0");
        assertTrue(Tapedeck.isRecording(), String.join("\n", logLines));
    }
}
