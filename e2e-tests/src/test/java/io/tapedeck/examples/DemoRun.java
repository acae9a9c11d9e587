package io.tapedeck.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A demo app ({@code crm} or {@code inventory}) on autopilot in a child JVM, recorded by the real
 * agent jar into a {@code file:} destination: exactly what a user gets with {@code -javaagent}.
 */
final class DemoRun {
    final int exitCode;
    final List<String> output;
    /** Checkpoint name → epoch ms, from the autopilot's "AUTOPILOT checkpoint" lines. */
    final Map<String, Long> checkpoints;

    final Path sessionDir;

    private DemoRun(int exitCode, List<String> output, Map<String, Long> checkpoints, Path sessionDir) {
        this.exitCode = exitCode;
        this.output = output;
        this.checkpoints = checkpoints;
        this.sessionDir = sessionDir;
    }

    /**
     * Runs {@code app} for {@code autopilotSeconds} with the agent, its files under {@code work}.
     * The agent jar is copied first: a rebuild of the module while the demo runs must not swap
     * the jar under the running JVM.
     */
    static DemoRun record(Path work, String app, int autopilotSeconds) throws IOException, InterruptedException {
        Path agentJar = Files.copy(
                DemoProcess.agentJar(), work.resolve("tapedeck-agent.jar"), StandardCopyOption.REPLACE_EXISTING);
        Path sessions = Files.createDirectories(work.resolve("sessions"));
        DemoProcess demo = DemoProcess.start(DemoProcess.child(work, app)
                .jvmArg("-Dawt.useSystemAAFontSettings=on")
                .jvmArg("-Dprism.order=sw")
                .jvmArg("-Dtapedeck.dataDir=" + work.resolve("agent-data"))
                // The suites check what is recorded at the autopilot's checkpoints (typing key by
                // key among them); two suites run at once, and with the default UI-thread budget a
                // loaded machine coalesces captures. The budget's own behaviour is tested in the
                // adapters (CaptureBudgetTest, the PopupsAtRandomMoments tests).
                .jvmArg("-Dtapedeck.uiThreadBudgetMsPerSecond=200")
                .javaAgent(agentJar, "serverUrl=" + sessions.toUri())
                .jar(
                        DemoProcess.demoJar(),
                        "app",
                        app,
                        "--autopilot",
                        "--autopilot-seconds",
                        String.valueOf(autopilotSeconds)));
        int exitCode = demo.awaitExit(Duration.ofSeconds(autopilotSeconds + 120L));
        return new DemoRun(exitCode, demo.outputLines(), demo.checkpoints(), sessions);
    }

    /** The one session file the run wrote. */
    Path session() throws IOException {
        try (Stream<Path> files = Files.list(sessionDir)) {
            List<Path> sessions =
                    files.filter(p -> p.toString().endsWith(".ndjson")).collect(Collectors.toList());
            if (sessions.size() != 1) {
                throw new AssertionError("expected one .ndjson session in " + sessionDir + ", found " + sessions
                        + "\nDemo output:\n" + String.join("\n", output));
            }
            return sessions.get(0);
        }
    }

    long checkpoint(String name) {
        Long at = checkpoints.get(name);
        if (at == null) {
            throw new AssertionError(
                    "the autopilot never reached '" + name + "'. Output:\n" + String.join("\n", output));
        }
        return at;
    }

    /**
     * Seeks {@code replay} (this run's session) to {@code settleMs} after every checkpoint the
     * autopilot reached, then to its end, and returns what the stock Replayer reported as errors
     * on the way (its debug notices are printed, not failed on).
     */
    List<String> replayErrors(RrwebReplay replay, long settleMs) {
        for (String checkpoint : checkpoints.keySet()) {
            replay.seek(checkpoint(checkpoint) + settleMs);
        }
        replay.seek(replay.lastTimestamp());
        List<String> notices = replay.notices();
        if (!notices.isEmpty()) {
            System.out.println(notices.size() + " rrweb debug notices, first: " + notices.get(0));
        }
        return replay.errors();
    }

    /**
     * Every piece of {@code password} of 6 characters or more that is in {@code recorded} (as
     * typed or JSON-escaped): any is a leak of typing in progress; shorter pieces can occur by
     * chance in encoded images.
     */
    static List<String> passwordPiecesIn(String recorded, String password) {
        List<String> leaks = new ArrayList<>();
        for (int length = password.length(); length >= 6; length--) {
            for (int start = 0; start + length <= password.length(); start++) {
                String piece = password.substring(start, start + length);
                if (recorded.contains(piece) || recorded.contains(piece.replace("&", "\\u0026"))) {
                    leaks.add(piece);
                }
            }
        }
        return leaks;
    }
}
