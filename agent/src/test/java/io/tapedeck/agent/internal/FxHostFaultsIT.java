package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.FxFaultyHostApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HostFaultsIT} for JavaFX (headless Monocle): {@link FxFaultyHostApp} runs without and with
 * the agent, and for each fault the two runs end alike (exit code, output, the exceptions the
 * app's handler saw), Tapedeck says at most one line, and the recording reaches the final state.
 */
class FxHostFaultsIT {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cell-throws",
                "layout-throws",
                "toString-throws",
                "huge-text",
                "animation",
                "out-of-memory",
                "exit-from-fx-thread"
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
                events.stream().anyMatch(e -> e.contains(FxFaultyHostApp.FINAL_STATE)),
                "the recording reached the app's final state\n" + with);
    }

    private static ChildJvm.Result run(String fault, Path dir, boolean agent) throws Exception {
        ChildJvm jvm = FxTestRuntime.headless(AgentJvm.in(dir).named(agent ? "with-agent" : "without-agent"));
        if (agent) {
            jvm.javaAgent(AgentJvm.agentJar(), null)
                    .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(dir.resolve("sessions")))
                    .jvmArg("-Dtapedeck.dataDir=" + dir.resolve("data"))
                    .jvmArg("-Dtapedeck.maskLevel=light");
        }
        if (fault.equals("out-of-memory")) jvm.jvmArg("-Xmx128m");
        jvm.classPath(AgentJvm.testClasses());
        for (Path jar : FxTestRuntime.javafxJars()) jvm.classPath(jar);
        jvm.classPath(FxTestRuntime.monocleJar());
        return jvm.main(FxFaultyHostApp.Main.class, fault).start().awaitExit(Duration.ofSeconds(60));
    }
}
