package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.SwingApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tapedeck next to the OpenTelemetry Java agent (from Maven Central; it instruments classes
 * and rewrites bytecode as it loads), given first or second: both start, the app ends normally,
 * and the Swing window is recorded as without the other agent.
 */
class TwoAgentsIT {
    private static Path otelAgent() {
        Path jar = Path.of(System.getProperty("tapedeck.it.otelAgent", "target/it-libs/opentelemetry-javaagent.jar"));
        assertTrue(Files.isRegularFile(jar), "the OpenTelemetry agent jar (copied by the build): " + jar);
        return jar;
    }

    @ParameterizedTest(name = "OpenTelemetry {0}")
    @ValueSource(strings = {"first", "second"})
    void aSwingAppIsRecordedBesideTheOpenTelemetryAgent(String otelPosition, @TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm jvm = AgentJvm.in(tmp);
        if (otelPosition.equals("first")) jvm.javaAgent(otelAgent(), null);
        jvm.javaAgent(AgentJvm.agentJar(), null);
        if (otelPosition.equals("second")) jvm.javaAgent(otelAgent(), null);
        ChildJvm.Result result = jvm
                // OpenTelemetry exports nothing (no network), but instruments as it always does.
                .jvmArg("-Dotel.traces.exporter=none")
                .jvmArg("-Dotel.metrics.exporter=none")
                .jvmArg("-Dotel.logs.exporter=none")
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.deviceId=two-agents")
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .main(SwingApp.class, "1500", "await-recording")
                .start()
                .awaitExit(Duration.ofSeconds(90));

        result.assertExitedNormally();
        assertEquals("app done", result.stdout().get(result.stdout().size() - 1), result.toString());
        assertTrue(
                result.stderr().stream().anyMatch(l -> l.contains("opentelemetry-javaagent")),
                "the OpenTelemetry agent started\n" + result);
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());
        assertTrue(result.printed("replayId").startsWith("Optional[two-agents/"), result.toString());

        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(1, files.size(), result.toString());
        List<String> events = SessionFile.events(files.get(0));
        assertEquals(SessionFile.META, SessionFile.typeOf(events.get(0)));
        List<Integer> types = SessionFile.typesOf(events);
        assertTrue(
                types.contains(SessionFile.FULL_SNAPSHOT)
                        && events.get(types.indexOf(SessionFile.FULL_SNAPSHOT)).contains("Tapedeck IT app"),
                "the window was recorded");
    }
}
