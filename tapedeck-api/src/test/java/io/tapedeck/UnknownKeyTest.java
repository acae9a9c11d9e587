package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tapedeck.core.internal.log.CapturedLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typos must not pass silently: every unknown tapedeck name is warned about, with a suggestion. */
class UnknownKeyTest {
    @TempDir
    Path home;

    private List<String> warningsFor(ConfigFixture fixture) {
        try (CapturedLog log = CapturedLog.start()) {
            fixture.build();
            return log.messages("WARN");
        }
    }

    @Test
    void misspeltSystemPropertySuggestsTheKey() {
        assertEquals(
                List.of("system property tapedeck.maxCapturesPerSec is not a Tapedeck setting and is ignored;"
                        + " did you mean tapedeck.maxCapturesPerSecond?"),
                warningsFor(new ConfigFixture(home).sysprop("tapedeck.maxCapturesPerSec", "5")));
    }

    @Test
    void wrongLetterCaseIsUnknownButSuggested() {
        assertEquals(
                List.of("system property tapedeck.serverURL is not a Tapedeck setting and is ignored;"
                        + " did you mean tapedeck.serverUrl?"),
                warningsFor(new ConfigFixture(home).sysprop("tapedeck.serverURL", "file:///tmp/x")));
    }

    @Test
    void misspeltEnvironmentVariableSuggestsTheVariable() {
        assertEquals(
                List.of("environment variable TAPEDECK_MAX_CAPTURE_PER_SECOND is not a Tapedeck setting and is"
                        + " ignored; did you mean TAPEDECK_MAX_CAPTURES_PER_SECOND?"),
                warningsFor(new ConfigFixture(home).env("TAPEDECK_MAX_CAPTURE_PER_SECOND", "5")));
    }

    @Test
    void environmentVariableWithoutUnderscoresSuggestsTheVariable() {
        assertEquals(
                List.of("environment variable TAPEDECK_DATADIR is not a Tapedeck setting and is"
                        + " ignored; did you mean TAPEDECK_DATA_DIR?"),
                warningsFor(new ConfigFixture(home).env("TAPEDECK_DATADIR", "/tmp")));
    }

    @Test
    void unknownKeyInFileIsWarnedWithTheFile() throws Exception {
        ConfigFixture fixture = new ConfigFixture(home).file("tapedeck.resyncInterval=5\n");
        assertEquals(
                List.of("tapedeck.resyncInterval in file " + fixture.filePath()
                        + " is not a Tapedeck setting and is ignored; did you mean tapedeck.resyncIntervalSeconds?"),
                warningsFor(fixture));
    }

    @Test
    void unknownKeyWithoutPrefixInFileIsWarnedToo() throws Exception {
        ConfigFixture fixture = new ConfigFixture(home).file("debg=true\n");
        assertEquals(
                List.of("debg in file " + fixture.filePath()
                        + " is not a Tapedeck setting and is ignored; did you mean tapedeck.debug?"),
                warningsFor(fixture));
    }

    @Test
    void unknownKeyFromCodeIsWarned() {
        assertEquals(
                List.of("tapedeck.keyframeIntervalSecs (set in code or agent arguments) is not a Tapedeck"
                        + " setting and is ignored; did you mean tapedeck.keyframeIntervalSeconds?"),
                warningsFor(new ConfigFixture(home).code("keyframeIntervalSecs", "60")));
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertEquals(
                List.of("system property tapedeck.banana is not a Tapedeck setting and is ignored"),
                warningsFor(new ConfigFixture(home).sysprop("tapedeck.banana", "yellow")));
    }

    @Test
    void otherPropertiesAndVariablesAreNotOurs() {
        assertEquals(
                List.of(),
                warningsFor(new ConfigFixture(home)
                        .sysprop("tapedeckish", "x")
                        .sysprop("my.tapedeck.thing", "y")
                        .env("HOME", "/root")
                        .env("NOT_TAPEDECK_X", "1")));
    }

    @Test
    void unknownKeysDoNotStopTheKnownOnes() {
        try (CapturedLog ignored = CapturedLog.start()) {
            TapedeckConfig config = new ConfigFixture(home)
                    .sysprop("tapedeck.nonsense", "1")
                    .sysprop("tapedeck.maxCapturesPerSecond", "3")
                    .build();
            assertEquals(3, config.maxCapturesPerSecond());
        }
    }
}
