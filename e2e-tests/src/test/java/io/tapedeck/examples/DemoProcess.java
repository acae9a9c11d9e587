package io.tapedeck.examples;

import io.tapedeck.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A demo process the test can watch while it runs (a {@link ChildJvm} with a display): the
 * embedded default ({@code java -jar tapedeck-demo.jar ...}) or a demo app alone under the agent
 * ({@code ... app ...}). The autopilot's checkpoints are read from its output as they appear.
 */
final class DemoProcess {
    private final ChildJvm.Running process;

    private DemoProcess(ChildJvm.Running process) {
        this.process = process;
    }

    static Path demoJar() {
        return existing("tapedeck.demoJar", "../examples/target/tapedeck-demo.jar");
    }

    static Path agentJar() {
        return existing("tapedeck.agentJar", "../agent/target/tapedeck-agent.jar");
    }

    /** A child JVM for the demo, with a display, its output in {@code work} and echoed when it is over. */
    static ChildJvm child(Path work, String name) {
        return ChildJvm.in(work).named(name).withDisplay().echo();
    }

    /** {@code java -jar tapedeck-demo.jar ARGS}: the embedded default; its output in {@code work}. */
    static DemoProcess embedded(Path work, String... args) throws IOException {
        return start(child(work, "embedded").jar(demoJar(), args));
    }

    /** Tapedeck CRM on autopilot, recorded by the agent uploading to {@code serverUrl}. */
    static DemoProcess crmUploadingTo(String serverUrl, String apiKey, Path data, int autopilotSeconds)
            throws IOException {
        return start(child(data, "crm")
                .jvmArg("-Dawt.useSystemAAFontSettings=on")
                // A short retry backoff: the outage test must not wait out the default 60 s cap.
                .jvmArg("-Dio.tapedeck.it.uploadRetryCapMs=2000")
                .jvmArg("-Dtapedeck.dataDir=" + data.resolve("agent"))
                .jvmArg("-Dtapedeck.spoolDir=" + data.resolve("spool"))
                .javaAgent(agentJar(), "serverUrl=" + serverUrl + ",apiKey=" + apiKey + ",flushIntervalMs=1000")
                .jar(demoJar(), "app", "--autopilot-seconds", String.valueOf(autopilotSeconds)));
    }

    static DemoProcess start(ChildJvm child) throws IOException {
        return new DemoProcess(child.start());
    }

    /** The first line of standard output matching {@code wanted}, waiting for it; fails on exit or timeout. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        return process.awaitStdout(wanted, timeout);
    }

    /** Epoch ms of the checkpoint, waiting for it to be reached. */
    long awaitCheckpoint(String name, Duration timeout) throws InterruptedException {
        awaitLine(l -> l.startsWith("AUTOPILOT checkpoint " + name + " "), timeout);
        return checkpoint(name);
    }

    long checkpoint(String name) {
        Long at = checkpoints().get(name);
        if (at == null) {
            throw new AssertionError("the autopilot never reached '" + name + "'. Output:\n" + output());
        }
        return at;
    }

    /** Checkpoint name → epoch ms, from the autopilot's {@code AUTOPILOT checkpoint NAME MS} lines so far. */
    Map<String, Long> checkpoints() {
        Map<String, Long> checkpoints = new LinkedHashMap<>();
        for (String line : process.stdout()) {
            String[] parts = line.trim().split(" ");
            if (parts.length == 4 && parts[0].equals("AUTOPILOT") && parts[1].equals("checkpoint")) {
                checkpoints.put(parts[2], Long.parseLong(parts[3]));
            }
        }
        return checkpoints;
    }

    /** Waits for exit (a demo still running after {@code timeout} is killed and fails the test); its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.awaitExit(timeout).exitCode();
    }

    /** SIGKILL: no shutdown hook, no last flush. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** SIGTERM, as Ctrl-C would: shutdown hooks run. */
    int stop(Duration timeout) throws InterruptedException {
        return process.stop(timeout).exitCode();
    }

    /** Standard output and standard error so far. */
    List<String> outputLines() {
        List<String> lines = new java.util.ArrayList<>(process.stdout());
        lines.addAll(process.stderr());
        return lines;
    }

    String output() {
        return String.join("\n", outputLines());
    }

    private static Path existing(String property, String fallback) {
        Path path =
                Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing (build it with ./mvnw -DskipTests verify)");
        }
        return path;
    }
}
