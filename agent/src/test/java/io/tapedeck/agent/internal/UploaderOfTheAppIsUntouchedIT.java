package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.ZstdApp;
import io.tapedeck.collector.CollectorFixture;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The uploader lives in its own class loader: an app that ships another zstd-jni keeps using
 * its own (native library included), sees none of the uploader's libraries, and is recorded
 * and uploaded to a real collector at the same time. Run on every JDK we have.
 */
class UploaderOfTheAppIsUntouchedIT {
    private static final Pattern REPLAY_ID = Pattern.compile("Optional\\[([^/]+/\\d+)]");

    static Path appZstd() {
        return Path.of(System.getProperty("tapedeck.it.appZstd", "target/it-libs/zstd-jni-1.5.5-11.jar"));
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("io.tapedeck.agent.internal.JacksonOfTheAppIsUntouchedIT#javaHomes")
    void anAppWithItsOwnZstdJniRunsUnchangedWhileItsSessionIsUploaded(Path javaHome, @TempDir Path tmp)
            throws Exception {
        try (CollectorFixture collector = CollectorFixture.start(tmp.resolve("collector"))) {
            ChildJvm.Result result = AgentJvm.using(javaHome, tmp)
                    // Batches go out while the app runs, as in any session longer than a few seconds.
                    .javaAgent(AgentJvm.agentJar(), collector.agentArgs(tmp) + ",flushIntervalMs=500")
                    .classPath(AgentJvm.testClasses())
                    .classPath(appZstd())
                    .main(ZstdApp.class, "2500", "await-recording")
                    .start()
                    .awaitExit(Duration.ofSeconds(60));

            result.assertExitedNormally();
            assertTrue(
                    result.printed("zstdFrom").endsWith("zstd-jni-1.5.5-11.jar"),
                    "the app sees its own zstd-jni\n" + result);
            assertEquals("true", result.printed("zstdRoundTrip"), "the app's zstd-jni works\n" + result);
            assertEquals("true", result.printed("zstdAfter"), "and still works after being recorded\n" + result);
            assertEquals("false", result.printed("seesUploader"), result.toString());
            assertEquals("false", result.printed("seesHttpClient"), result.toString());
            assertEquals("false", result.printed("seesSlf4j"), result.toString());
            assertEquals(List.of(), result.tapedeckProblems(), "no error or warning from the agent\n" + result);

            // The shutdown hook delivered the session before the JVM exited.
            Matcher replayId = REPLAY_ID.matcher(result.printed("replayId"));
            assertTrue(replayId.matches(), result.toString());
            List<Integer> types = SessionFile.typesOf(collector.storedLines(replayId.group(1)));
            assertTrue(types.size() >= 2, "events arrived: " + types + "\n" + result);
            assertEquals(SessionFile.META, types.get(0), "Meta first: " + types);
            assertEquals(SessionFile.FULL_SNAPSHOT, types.get(1), "then the FullSnapshot: " + types);
        }
    }
}
