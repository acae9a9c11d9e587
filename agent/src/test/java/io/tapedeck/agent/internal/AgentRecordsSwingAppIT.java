package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.SwingApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -javaagent} on an unmodified Swing app: the session lands in the file destination. */
class AgentRecordsSwingAppIT {
    private static final Pattern REPLAY_ID = Pattern.compile("Optional\\[it-device/(\\d+)]");

    @Test
    void aSwingAppWithTheAgentIsRecordedToDirSlashSessionIdDotNdjson(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = AgentJvm.in(tmp)
                .javaAgent(AgentJvm.agentJar(), null)
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.deviceId=it-device")
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .main(SwingApp.class, "2000", "await-recording")
                .start()
                .awaitExit(Duration.ofSeconds(60));

        // The app ended by closing its window and returning from main: no agent thread kept it alive.
        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());

        // The app sees the agent's recording through the public API (same classes, same state).
        Matcher replayId = REPLAY_ID.matcher(result.printed("replayId"));
        assertTrue(replayId.matches(), "replayId seen by the app\n" + result);

        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(List.of(sessions.resolve(replayId.group(1) + ".ndjson")), files, result.toString());
        assertEquals(SessionFile.META, SessionFile.firstEventType(files.get(0)), "first event is Meta");
        List<String> events = SessionFile.events(files.get(0));
        boolean fullSnapshot = false;
        for (String event : events) fullSnapshot |= SessionFile.typeOf(event) == SessionFile.FULL_SNAPSHOT;
        assertTrue(fullSnapshot, "the window was captured in a FullSnapshot\n" + String.join("\n", events));
        // A container's own painting under its children needs javax.swing opened to Tapedeck,
        // which the agent does through the instrument API: no --add-opens on the command line.
        assertTrue(
                events.stream().anyMatch(e -> e.contains("\"drawn by a container\"")),
                "the container's painting was recorded\n" + String.join("\n", events));
    }
}
