package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.FaultyHostApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bugs of the host app never become Tapedeck's: {@link FaultyHostApp} runs once without the agent
 * and once with it, and for each fault the two runs end alike (exit code, everything the app
 * printed, the exceptions its own handler saw), Tapedeck says at most one line about it, and the
 * recording goes on to the app's final state.
 */
class HostFaultsIT {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "getText-throws",
                "paint-throws",
                "toString-throws",
                "odd-text",
                "renderer-throws",
                "repaint-loop",
                "custom-repaint-manager",
                "look-and-feel-throws",
                "out-of-memory",
                "exit-from-edt"
            })
    void theAppBehavesAsWithoutTapedeckAndTheRecordingGoesOn(String fault, @TempDir Path tmp) throws Exception {
        ChildJvm.Result without = run(fault, tmp.resolve("without"), false);
        ChildJvm.Result with = run(fault, tmp.resolve("with"), true);

        assertEquals(without.exitCode(), with.exitCode(), "exit code\nwithout: " + without + "\nwith: " + with);
        assertEquals(without.stdout(), with.stdout(), "what the app printed\nwithout: " + without + "\nwith: " + with);
        assertTrue(with.tapedeckProblems().size() <= 1, "Tapedeck says at most one line: " + with.tapedeckProblems());

        List<Path> files = ChildJvm.sessionFiles(tmp.resolve("with").resolve("sessions"));
        assertEquals(1, files.size(), "one session\n" + with);
        List<String> events = SessionFile.events(files.get(0));
        assertEquals(SessionFile.META, SessionFile.typeOf(events.get(0)), "first event is Meta");
        assertTrue(
                events.stream().anyMatch(e -> e.contains(FaultyHostApp.FINAL_STATE)),
                "the recording reached the app's final state\n" + with + "\n"
                        + events.stream()
                                .map(e -> e.length() > 300 ? e.substring(0, 300) + "…" : e)
                                .collect(Collectors.joining("\n")));
    }

    private static ChildJvm.Result run(String fault, Path dir, boolean agent) throws Exception {
        ChildJvm jvm = AgentJvm.in(dir).named(agent ? "with-agent" : "without-agent");
        if (agent) {
            jvm.javaAgent(AgentJvm.agentJar(), null)
                    .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(dir.resolve("sessions")))
                    .jvmArg("-Dtapedeck.dataDir=" + dir.resolve("data"))
                    .jvmArg("-Dtapedeck.maskLevel=light");
        }
        if (fault.equals("out-of-memory")) jvm.jvmArg("-Xmx96m");
        return jvm.classPath(AgentJvm.testClasses())
                .main(FaultyHostApp.class, fault)
                .start()
                .awaitExit(Duration.ofSeconds(60));
    }
}
