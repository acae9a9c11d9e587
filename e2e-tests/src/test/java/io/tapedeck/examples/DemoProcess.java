package io.tapedeck.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A demo process the test can watch while it runs: the embedded default ({@code java -jar
 * tapedeck-demo.jar ...}) or Tapedeck CRM alone under an agent ({@code ... app ...}). Its output
 * is echoed with a prefix and kept; autopilot checkpoints are collected as they appear.
 */
final class DemoProcess {
    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Long> checkpoints = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread reader;

    private DemoProcess(Process process, String name) {
        this.process = process;
        this.reader = new Thread(() -> read(name), name + "-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Path demoJar() {
        return existing("tapedeck.demoJar", "../examples/target/tapedeck-demo.jar");
    }

    static Path agentJar() {
        return existing("tapedeck.agentJar", "../agent/target/tapedeck-agent.jar");
    }

    static String java() {
        return System.getProperty(
                "tapedeck.java",
                Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** {@code java -jar tapedeck-demo.jar ARGS}: the embedded default. */
    static DemoProcess embedded(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", demoJar().toString()));
        command.addAll(List.of(args));
        return start(command, "embedded");
    }

    /** Tapedeck CRM on autopilot, recorded by the agent uploading to {@code serverUrl}. */
    static DemoProcess crmUploadingTo(String serverUrl, String apiKey, Path data, int autopilotSeconds)
            throws IOException {
        return start(
                List.of(
                        java(),
                        "-Dawt.useSystemAAFontSettings=on",
                        // A short retry backoff: the outage test must not wait out the default 60 s cap.
                        "-Dio.tapedeck.it.uploadRetryCapMs=2000",
                        "-Dtapedeck.dataDir=" + data.resolve("agent"),
                        "-Dtapedeck.spoolDir=" + data.resolve("spool"),
                        "-javaagent:" + agentJar() + "=serverUrl=" + serverUrl + ",apiKey=" + apiKey
                                + ",flushIntervalMs=1000",
                        "-jar",
                        demoJar().toString(),
                        "app",
                        "--autopilot-seconds",
                        String.valueOf(autopilotSeconds)),
                "crm");
    }

    private static DemoProcess start(List<String> command, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TAPEDECK_"));
        return new DemoProcess(builder.start(), name);
    }

    private void read(String name) {
        try (BufferedReader in =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("[" + name + "] " + line);
                String[] parts = line.trim().split(" ");
                if (parts.length == 4 && parts[0].equals("AUTOPILOT") && parts[1].equals("checkpoint")) {
                    checkpoints.put(parts[2], Long.parseLong(parts[3]));
                }
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output lost: " + e + ")");
        }
    }

    /** The first output line matching {@code wanted}, waiting for it; fails on exit or timeout. */
    String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (output) {
                for (String line : output) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(
                "no such line within " + timeout + " (alive: " + process.isAlive() + "). Output:\n" + output());
    }

    /** Epoch ms of the checkpoint, waiting for it to be reached. */
    long awaitCheckpoint(String name, Duration timeout) throws InterruptedException {
        awaitLine(l -> l.startsWith("AUTOPILOT checkpoint " + name + " "), timeout);
        return checkpoint(name);
    }

    long checkpoint(String name) {
        Long at = checkpoints.get(name);
        if (at == null) {
            throw new AssertionError("the autopilot never reached '" + name + "'. Output:\n" + output());
        }
        return at;
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the demo did not exit within " + timeout + ". Output:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no last flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        reader.join(5000);
    }

    /** SIGTERM, as Ctrl-C would: shutdown hooks run. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
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
