package io.tapedeck.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Tapedeck CRM on autopilot in a child JVM, recorded by the real agent jar into a {@code file:}
 * destination: exactly what a user gets with {@code -javaagent}.
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

    static DemoRun record(Path sessionDir, int autopilotSeconds) throws IOException, InterruptedException {
        Path agentJar = existing("tapedeck.agentJar", "../agent/target/tapedeck-agent.jar",
            "build it with ./mvnw -pl core,swing-adapter,agent install -DskipTests");
        Path demoJar = existing("tapedeck.demoJar", "target/tapedeck-demo.jar", "built by the examples package phase");
        List<String> command = List.of(
            System.getProperty("tapedeck.java", Paths.get(System.getProperty("java.home"), "bin", "java").toString()),
            "-Dawt.useSystemAAFontSettings=on",
            "-javaagent:" + agentJar + "=serverUrl=" + sessionDir.toUri(),
            "-jar", demoJar.toString(), "app", "--autopilot", "--autopilot-seconds", String.valueOf(autopilotSeconds));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        Map<String, Long> checkpoints = Collections.synchronizedMap(new LinkedHashMap<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    System.out.println("[demo] " + line);
                    output.add(line);
                    String[] parts = line.trim().split(" ");
                    if (parts.length == 4 && parts[0].equals("AUTOPILOT") && parts[1].equals("checkpoint")) {
                        checkpoints.put(parts[2], Long.parseLong(parts[3]));
                    }
                }
            } catch (IOException e) {
                output.add("(output lost: " + e + ")");
            }
        }, "demo-output");
        reader.start();
        if (!process.waitFor(autopilotSeconds + 90L, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            throw new AssertionError("The demo did not exit in time. Output:\n" + String.join("\n", output));
        }
        reader.join(5000);
        return new DemoRun(process.exitValue(), output, checkpoints, sessionDir);
    }

    /** The one session file the run wrote. */
    Path session() throws IOException {
        try (Stream<Path> files = Files.list(sessionDir)) {
            List<Path> sessions = files.filter(p -> p.toString().endsWith(".ndjson")).collect(Collectors.toList());
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
            throw new AssertionError("the autopilot never reached '" + name + "'. Output:\n" + String.join("\n", output));
        }
        return at;
    }

    private static Path existing(String property, String fallback, String hint) {
        Path path = Paths.get(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing (" + hint + ")");
        }
        return path;
    }
}
