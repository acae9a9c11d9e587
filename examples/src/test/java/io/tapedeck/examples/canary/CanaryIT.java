package io.tapedeck.examples.canary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.collector.Collector;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canary suite: {@link CanaryApp} runs in a child JVM with {@code -javaagent}, at every mask
 * level, with and without its markers and rules, to a {@code file:} destination and to a real
 * collector. Every byte that left the process (the session file; the batches the collector
 * stored, decompressed) is scanned: each canary appears exactly where {@link Canary#visible}
 * allows it, and a password never (nor in the app's output).
 */
class CanaryIT {
    private static final String KEY = "canary-key-0123456789";
    private static final long EXIT_TIMEOUT_S = 40;

    @TempDir static Path shared;
    private static Collector collector;

    @BeforeAll
    static void startCollector() {
        collector = Collector.builder().port(0).dataDir(shared.resolve("collector")).apiKey(KEY).build().start();
    }

    @AfterAll
    static void stopCollector() {
        if (collector != null) collector.stop();
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String destination : List.of("file", "collector")) {
            for (String level : Canary.LEVELS) {
                for (boolean marked : List.of(false, true)) runs.add(Arguments.of(level, marked, destination));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}, markers and rules: {1}, to {2}")
    @MethodSource("runs")
    void everyCanaryAppearsExactlyWhereTheLevelAllows(String level, boolean marked, String destination) throws Exception {
        String run = level + "-" + (marked ? "marked" : "plain") + "-" + destination;
        Path dir = Files.createDirectories(shared.resolve(run));
        String deviceId = "canary-" + run;
        List<String> agentArgs = new ArrayList<>(List.of("maskLevel=" + level, "deviceId=" + deviceId,
                "dataDir=" + dir.resolve("data"), "spoolDir=" + dir.resolve("spool")));
        Path sessions = dir.resolve("sessions");
        Path stored;
        if (destination.equals("file")) {
            agentArgs.add("serverUrl=file://" + sessions);
            stored = sessions;
        } else {
            agentArgs.add("serverUrl=" + collector.baseUrl());
            agentArgs.add("apiKey=" + KEY);
            stored = shared.resolve("collector").resolve(deviceId);
        }
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("tapedeck.java", Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-javaagent:" + agentJar() + "=" + String.join(",", agentArgs));
        if (marked) command.add("-Dtapedeck.privacy.rules=" + Canary.RULES);
        command.add("-cp");
        command.add(testClasses().toString());
        command.add(CanaryApp.class.getName());
        command.add(marked ? "marked" : "plain");
        Path out = dir.resolve("app.stdout.txt");
        Path err = dir.resolve("app.stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("TAPEDECK_"));
        Process process = builder.start();
        if (!process.waitFor(EXIT_TIMEOUT_S, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("CanaryApp did not exit within " + EXIT_TIMEOUT_S + " s\n" + read(out) + read(err));
        }
        String appOutput = read(out) + read(err);
        assertTrue(appOutput.contains("app done"), "CanaryApp did not finish\n" + appOutput);

        String leftTheProcess = readAll(stored);
        assertTrue(leftTheProcess.contains("\"type\":4") || leftTheProcess.contains("\"type\": 4"),
                "nothing was recorded to " + stored + "\n" + appOutput);

        List<String> problems = new ArrayList<>();
        for (Canary canary : Canary.values()) {
            boolean allowed = canary.visible(level, marked);
            boolean present = leftTheProcess.contains(canary.text);
            if (!allowed && (present || leftTheProcess.contains(canary.core()))) {
                problems.add("LEAK     " + canary + " (" + canary.text + ") must be masked at " + level);
            } else if (allowed && !present) {
                problems.add("MISSING  " + canary + " (" + canary.text + ") should be visible at " + level);
            }
        }
        for (Canary secret : List.of(Canary.PASSWORD, Canary.PASSWORD_UNMASKED)) {
            if (appOutput.contains(secret.core())) problems.add("LEAK     " + secret + " in the app's own output");
        }
        assertTrue(problems.isEmpty(), run + ": " + problems.size() + " canary row(s) wrong:\n  "
                + String.join("\n  ", problems) + "\n(scanned " + leftTheProcess.length() + " chars from " + stored + ")");
    }

    private static Path agentJar() {
        String jar = System.getProperty("tapedeck.agentJar");
        if (jar == null) throw new IllegalStateException("tapedeck.agentJar is not set (Failsafe sets it)");
        return Path.of(jar).toAbsolutePath();
    }

    private static Path testClasses() throws Exception {
        return Path.of(CanaryApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** Every file under {@code dir}, as text: the session file, or the collector's stored (decompressed) batches. */
    private static String readAll(Path dir) throws Exception {
        if (!Files.exists(dir)) return "";
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) + File.separator : "";
    }
}
