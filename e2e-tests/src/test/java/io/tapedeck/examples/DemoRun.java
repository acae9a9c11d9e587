package io.tapedeck.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
     * the jar under the running JVM. {@code TAPEDECK_*} variables of the build's environment
     * are not passed on, so only the test's configuration applies.
     */
    static DemoRun record(Path work, String app, int autopilotSeconds) throws IOException, InterruptedException {
        Path agentJar = Files.copy(
                existing("tapedeck.agentJar", "../agent/target/tapedeck-agent.jar"),
                work.resolve("tapedeck-agent.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        Path demoJar = existing("tapedeck.demoJar", "../examples/target/tapedeck-demo.jar");
        Path sessions = Files.createDirectories(work.resolve("sessions"));
        List<String> command = List.of(
                System.getProperty(
                        "tapedeck.java",
                        Paths.get(System.getProperty("java.home"), "bin", "java")
                                .toString()),
                "-Dawt.useSystemAAFontSettings=on",
                "-Dprism.order=sw",
                "-Dtapedeck.dataDir=" + work.resolve("agent-data"),
                // The suites check what is recorded at the autopilot's checkpoints (typing key by
                // key among them); two suites run at once, and with the default UI-thread budget a
                // loaded machine coalesces captures. The budget's own behaviour is tested in the
                // adapters (CaptureBudgetTest, the PopupsAtRandomMoments tests).
                "-Dtapedeck.uiThreadBudgetMsPerSecond=200",
                "-javaagent:" + agentJar + "=serverUrl=" + sessions.toUri(),
                "-jar",
                demoJar.toString(),
                "app",
                app,
                "--autopilot",
                "--autopilot-seconds",
                String.valueOf(autopilotSeconds));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TAPEDECK_"));
        Process process = builder.start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> checkpoints = Collections.synchronizedMap(new LinkedHashMap<>());
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) {
                            System.out.println("[" + app + "] " + line);
                            output.add(line);
                            String[] parts = line.trim().split(" ");
                            if (parts.length == 4 && parts[0].equals("AUTOPILOT") && parts[1].equals("checkpoint")) {
                                checkpoints.put(parts[2], Long.parseLong(parts[3]));
                            }
                        }
                    } catch (IOException e) {
                        output.add("(output lost: " + e + ")");
                    }
                },
                app + "-output");
        reader.start();
        if (!process.waitFor(autopilotSeconds + 120L, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            throw new AssertionError("The demo did not exit in time. Output:\n" + String.join("\n", output));
        }
        reader.join(5000);
        return new DemoRun(process.exitValue(), output, checkpoints, sessions);
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

    private static Path existing(String property, String fallback) {
        Path path = Paths.get(System.getProperty(property, fallback))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing (build it with ./mvnw install -DskipTests)");
        }
        return path;
    }
}
