package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir
    Path home;

    @Test
    void fileValuesApplyWithOrWithoutPrefix() throws Exception {
        TapedeckConfig config = new ConfigFixture(home)
                .file(
                        "# comment\ntapedeck.maxCapturesPerSecond = 12\nresyncIntervalSeconds=30\ntapedeck.deviceId=box-1\n")
                .build();
        assertEquals(12, config.maxCapturesPerSecond());
        assertEquals(30, config.resyncInterval().toSeconds());
        assertEquals("box-1", config.deviceId().orElseThrow());
    }

    @Test
    void fileIsReadAsUtf8() throws Exception {
        Path dir = home.resolve("données");
        TapedeckConfig config =
                new ConfigFixture(home).file("tapedeck.dataDir=" + dir + "\n").build();
        assertEquals(dir, config.dataDir());
    }

    @Test
    void fileCanBeNamedBySystemPropertyOrEnvironment() throws Exception {
        Path file = home.resolve("named.properties");
        Files.writeString(file, "tapedeck.keyframeIntervalSeconds=77\n");
        assertEquals(
                77,
                new ConfigFixture(home)
                        .sysprop("tapedeck.config", file.toString())
                        .build()
                        .keyframeInterval()
                        .toSeconds());
        assertEquals(
                77,
                new ConfigFixture(home)
                        .env("TAPEDECK_CONFIG", file.toString())
                        .build()
                        .keyframeInterval()
                        .toSeconds());
    }

    @Test
    void theHighestSourceNamingAFileChoosesWhichFileIsRead() throws Exception {
        Path fromEnv = home.resolve("env.properties");
        Path fromSysprop = home.resolve("sysprop.properties");
        Files.writeString(fromEnv, "tapedeck.keyframeIntervalSeconds=11\n");
        Files.writeString(fromSysprop, "tapedeck.keyframeIntervalSeconds=22\n");
        TapedeckConfig config = new ConfigFixture(home)
                .env("TAPEDECK_CONFIG", fromEnv.toString())
                .sysprop("tapedeck.config", fromSysprop.toString())
                .build();
        assertEquals(22, config.keyframeInterval().toSeconds());
    }

    @Test
    void missingFileIsAnErrorNamingThePath() {
        Path missing = home.resolve("nope.properties");
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.config", missing.toString())
                        .build());
        assertEquals(
                List.of("tapedeck.config=" + missing + ": cannot read the file " + missing
                        + ": no such file (from system property)"),
                e.problems());
    }

    @Test
    void aDirectoryIsNotAConfigFile() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home).code("config", home.toString()).build());
        assertTrue(
                e.getMessage().startsWith("tapedeck.config=" + home + ": cannot read the file " + home + ": "),
                e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8IsAnErrorNamingThePath() throws Exception {
        ConfigFixture fixture = new ConfigFixture(home);
        Files.write(fixture.filePath(), new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe, '\n'});
        fixture.code("config", fixture.filePath().toString());
        TapedeckConfigException e = assertThrows(TapedeckConfigException.class, fixture::build);
        assertEquals(
                "tapedeck.config=" + fixture.filePath() + ": cannot read the file " + fixture.filePath()
                        + ": not valid UTF-8 text (from code or agent arguments)",
                e.getMessage());
    }

    @Test
    void relativeFilePathIsResolvedAgainstTheWorkingDirectory() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .code("config", "conf/missing.properties")
                        .build());
        Path absolute = Path.of("conf/missing.properties").toAbsolutePath();
        assertTrue(
                e.getMessage().startsWith("tapedeck.config=conf/missing.properties: cannot read the file " + absolute),
                e.getMessage());
    }

    @Test
    void badValueInFileNamesTheFile() throws Exception {
        ConfigFixture fixture = new ConfigFixture(home).file("tapedeck.maxCapturesPerSecond=fast\n");
        TapedeckConfigException e = assertThrows(TapedeckConfigException.class, fixture::build);
        assertEquals(
                "tapedeck.maxCapturesPerSecond=fast: expected a whole number from 1 to 60 (from file "
                        + fixture.filePath() + ")",
                e.getMessage());
    }

    @Test
    void fileProblemsAndValueProblemsAreReportedTogether() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .code("config", home.resolve("gone.properties").toString())
                        .sysprop("tapedeck.enabled", "perhaps")
                        .build());
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void configKeyInsideTheFileIsIgnoredWithAWarning() throws Exception {
        try (CapturedLog log = CapturedLog.start()) {
            ConfigFixture fixture = new ConfigFixture(home).file("tapedeck.config=/elsewhere.properties\n");
            fixture.build();
            assertEquals(
                    List.of("tapedeck.config in file " + fixture.filePath()
                            + " is ignored: a configuration file cannot name another one"),
                    log.messages("WARN"));
        }
    }
}
