package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tapedeck.agent.itapps.SwingApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar tapedeck-agent.jar attach <pid>} starts recording an app that is already running. */
class AttachIT {
    @Test
    void attachingToARunningSwingAppStartsRecordingIt(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Running app = AgentJvm.in(tmp)
                .classPath(AgentJvm.testClasses())
                .main(SwingApp.class, "stdin", "await-recording")
                .start();
        try {
            AgentJvm.attach(
                    tmp,
                    app,
                    "serverUrl=" + AgentJvm.fileUrl(sessions) + ",deviceId=attached,dataDir=" + tmp.resolve("data"));

            // The file appears when the recording starts; its events are complete once the app exits.
            List<Path> files = awaitSessionFile(sessions, Duration.ofSeconds(20));
            app.stdin().write("exit\n".getBytes(StandardCharsets.UTF_8));
            app.stdin().flush();
            ChildJvm.Result result = app.awaitExit(Duration.ofSeconds(30));

            result.assertExitedNormally();
            String sessionId = files.get(0).getFileName().toString().replace(".ndjson", "");
            assertEquals("Optional[attached/" + sessionId + "]", result.printed("replayId"), result.toString());
            assertEquals(SessionFile.META, SessionFile.firstEventType(files.get(0)));
        } finally {
            app.kill();
        }
    }

    @Test
    void attachWithoutAPidPrintsUsageAndFails(@TempDir Path tmp) throws Exception {
        ChildJvm.Result result = AgentJvm.runAgentJar(tmp, Duration.ofSeconds(30), "attach");
        assertEquals(2, result.exitCode());
        assertTrue(
                String.join("\n", result.stderr()).contains("usage: java -jar tapedeck-agent.jar attach <pid>"),
                result.toString());
    }

    private static List<Path> awaitSessionFile(Path dir, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> files = ChildJvm.sessionFiles(dir);
            if (!files.isEmpty()) return files;
            Thread.sleep(100);
        }
        return fail("no session file in " + dir + " within " + timeout);
    }
}
