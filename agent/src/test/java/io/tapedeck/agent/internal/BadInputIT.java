package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.SwingApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never stops the app: a malformed setting or an unusable destination is exactly one
 * error line naming what is wrong, no capture, and the app runs and exits as it would without us.
 */
class BadInputIT {
    @Test
    void aMalformedSystemPropertyIsOneErrorLineAndTheAppRunsNormally(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = swingApp(tmp)
                .javaAgent(AgentJvm.agentJar(), null)
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.maxCapturesPerSecond=banana")
                .start()
                .awaitExit(Duration.ofSeconds(60));

        String error = assertOneErrorLineAndNoCapture(result, sessions);
        assertTrue(error.contains("tapedeck.maxCapturesPerSecond") && error.contains("banana"), error);
    }

    @Test
    void aMalformedValueInTheConfigFileIsOneErrorLineAndTheAppRunsNormally(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        Path file = tmp.resolve("tapedeck.properties");
        Files.writeString(
                file,
                "tapedeck.serverUrl=" + AgentJvm.fileUrl(sessions) + "\n" + "tapedeck.keyframeIntervalSeconds=-5\n",
                StandardCharsets.UTF_8);
        ChildJvm.Result result = swingApp(tmp)
                .javaAgent(AgentJvm.agentJar(), "config=" + file)
                .start()
                .awaitExit(Duration.ofSeconds(60));

        String error = assertOneErrorLineAndNoCapture(result, sessions);
        assertTrue(error.contains("keyframeIntervalSeconds") && error.contains("-5"), error);
    }

    @Test
    void aMalformedAgentArgumentIsOneErrorLineAndTheAppRunsNormally(@TempDir Path tmp) throws Exception {
        ChildJvm.Result result =
                swingApp(tmp).javaAgent(AgentJvm.agentJar(), "banana").start().awaitExit(Duration.ofSeconds(60));

        String error = assertOneErrorLineAndNoCapture(result, tmp.resolve("sessions"));
        assertTrue(error.contains("banana") && error.contains("key=value"), error);
    }

    @Test
    void anUnwritableDestinationIsOneErrorLineAndTheAppRunsNormally(@TempDir Path tmp) throws Exception {
        // A regular file where a directory should be: unwritable even for root.
        Path blocker = Files.writeString(tmp.resolve("not-a-directory"), "x");
        Path sessions = blocker.resolve("sessions");
        ChildJvm.Result result = swingApp(tmp)
                .javaAgent(AgentJvm.agentJar(), "serverUrl=" + AgentJvm.fileUrl(sessions))
                .start()
                .awaitExit(Duration.ofSeconds(60));

        String error = assertOneErrorLineAndNoCapture(result, sessions);
        assertTrue(error.contains("not-a-directory"), "names the destination: " + error);
    }

    private static ChildJvm swingApp(Path tmp) {
        return AgentJvm.in(tmp)
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .main(SwingApp.class, "1500");
    }

    /** @return the error line */
    private static String assertOneErrorLineAndNoCapture(ChildJvm.Result result, Path sessions) throws Exception {
        result.assertExitedNormally();
        List<String> lines = result.tapedeckLines();
        assertEquals(1, lines.size(), "exactly one line from Tapedeck\n" + result);
        assertTrue(lines.get(0).startsWith("[tapedeck] ERROR "), lines.get(0));
        assertEquals("Optional.empty", result.printed("replayId"), "not recording");
        assertEquals(List.of(), ChildJvm.sessionFiles(sessions));
        return lines.get(0);
    }
}
