package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The check of {@link HostFaultsIT} and {@link FxHostFaultsIT}: a faulty app runs without the
 * agent and with it, and the two runs end alike (exit code, everything the app printed, the
 * exceptions its own handler saw), Tapedeck says at most one line, and the recording reaches the
 * app's final state.
 */
final class HostFaultRuns {
    private HostFaultRuns() {}

    /**
     * {@code app} adds the app (class path, main class, its JVM options) to a child JVM. For the
     * fault {@code out-of-memory} only the app's behaviour is compared: when the app fills the heap,
     * the recorder thread and a capture scheduler can each die of the error (one line each) and the
     * recording stops there (docs/reliability.md lists it as not kept yet).
     */
    static void assertTheAppBehavesAsWithoutTapedeck(
            Path tmp, String fault, String finalState, UnaryOperator<ChildJvm> app) throws Exception {
        ChildJvm.Result without = run(tmp.resolve("without"), false, app);
        ChildJvm.Result with = run(tmp.resolve("with"), true, app);

        assertEquals(without.exitCode(), with.exitCode(), "exit code\nwithout: " + without + "\nwith: " + with);
        assertEquals(without.stdout(), with.stdout(), "what the app printed\nwithout: " + without + "\nwith: " + with);
        if (fault.equals("out-of-memory")) return;
        assertTrue(with.tapedeckProblems().size() <= 1, "Tapedeck says at most one line: " + with.tapedeckProblems());

        List<Path> files = ChildJvm.sessionFiles(tmp.resolve("with").resolve("sessions"));
        assertEquals(1, files.size(), "one session\n" + with);
        List<String> events = SessionFile.events(files.get(0));
        assertEquals(SessionFile.META, SessionFile.typeOf(events.get(0)), "first event is Meta");
        assertTrue(
                events.stream().anyMatch(e -> e.contains(finalState)),
                "the recording reached the app's final state\n" + with + "\n"
                        + events.stream()
                                .map(e -> e.length() > 300 ? e.substring(0, 300) + "…" : e)
                                .collect(Collectors.joining("\n")));
    }

    private static ChildJvm.Result run(Path dir, boolean agent, UnaryOperator<ChildJvm> app) throws Exception {
        ChildJvm jvm = AgentJvm.in(dir).named(agent ? "with-agent" : "without-agent");
        if (agent) {
            jvm.javaAgent(AgentJvm.agentJar(), null)
                    .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(dir.resolve("sessions")))
                    .jvmArg("-Dtapedeck.dataDir=" + dir.resolve("data"))
                    .jvmArg("-Dtapedeck.maskLevel=light"); // the final state's label is shown as it is
        }
        return app.apply(jvm).start().awaitExit(Duration.ofSeconds(60));
    }
}
