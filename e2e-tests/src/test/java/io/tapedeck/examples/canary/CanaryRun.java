package io.tapedeck.examples.canary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.collector.CollectorFixture;
import io.tapedeck.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One run of a canary app (any toolkit) in a child JVM under the real agent jar, at one mask
 * level, with or without its markers and rules, to a {@code file:} destination or a collector;
 * then every byte that left the process (the session file, or the batches the collector stored,
 * decompressed) checked row by row against where each canary may appear.
 */
final class CanaryRun {
    private static final long EXIT_TIMEOUT_S = 40;

    final String name;
    final Canary.Toolkit toolkit;
    final String appOutput;
    final String leftTheProcess;
    final Path stored;

    private CanaryRun(String name, Canary.Toolkit toolkit, String appOutput, String leftTheProcess, Path stored) {
        this.name = name;
        this.toolkit = toolkit;
        this.appOutput = appOutput;
        this.leftTheProcess = leftTheProcess;
        this.stored = stored;
    }

    /**
     * Runs {@code mainClass} (argument {@code marked} or {@code plain}) with {@code -javaagent},
     * the given JVM options and class path, and waits until it exits by itself.
     */
    static CanaryRun record(
            Path shared,
            CollectorFixture collector,
            Canary.Toolkit toolkit,
            String level,
            boolean marked,
            String destination,
            List<String> jvmOptions,
            String classPath,
            String mainClass)
            throws Exception {
        String run = toolkit.name().toLowerCase(java.util.Locale.ROOT) + "-" + level + "-"
                + (marked ? "marked" : "plain") + "-" + destination;
        Path dir = Files.createDirectories(shared.resolve(run));
        String deviceId = "canary-" + run;
        List<String> agentArgs = new ArrayList<>(List.of(
                "maskLevel=" + level,
                "deviceId=" + deviceId,
                "dataDir=" + dir.resolve("data"),
                "spoolDir=" + dir.resolve("spool")));
        Path sessions = dir.resolve("sessions");
        Path stored;
        if (destination.equals("file")) {
            agentArgs.add("serverUrl=file://" + sessions);
            stored = sessions;
        } else {
            agentArgs.add("serverUrl=" + collector.url());
            agentArgs.add("apiKey=" + CollectorFixture.API_KEY);
            stored = collector.dataDir().resolve(deviceId);
        }
        ChildJvm child = ChildJvm.in(dir).named("app").withDisplay().javaAgent(agentJar(), String.join(",", agentArgs));
        if (marked) child.jvmArg("-Dtapedeck.privacy.rules=" + Canary.RULES);
        ChildJvm.Result result = child.jvmArgs(jvmOptions)
                .classPath(classPath)
                .main(mainClass, marked ? "marked" : "plain")
                .run(Duration.ofSeconds(EXIT_TIMEOUT_S));
        String appOutput = result.output();
        assertTrue(appOutput.contains("app done"), mainClass + " did not finish\n" + appOutput);
        String leftTheProcess = readAll(stored);
        assertTrue(
                leftTheProcess.contains("\"type\":4") || leftTheProcess.contains("\"type\": 4"),
                "nothing was recorded to " + stored + "\n" + appOutput);
        return new CanaryRun(run, toolkit, appOutput, leftTheProcess, stored);
    }

    /**
     * Every canary of the app's toolkit that leaked or is missing, one line each; also a password
     * in the app's own output.
     */
    List<String> problems(String level, boolean marked) {
        List<String> problems = new ArrayList<>();
        for (Canary canary : Canary.shownBy(toolkit)) {
            String text = canary.text(toolkit);
            boolean allowed = canary.visible(level, marked);
            boolean present = leftTheProcess.contains(text);
            if (!allowed && (present || leftTheProcess.contains(Canary.core(text)))) {
                problems.add("LEAK     " + canary.name() + " (" + text + ") must be masked at " + level);
            } else if (canary.required(level, marked) && !present) {
                problems.add("MISSING  " + canary.name() + " (" + text + ") should be visible at " + level);
            }
            if (canary.kind == Canary.Kind.PASSWORD && appOutput.contains(Canary.core(text))) {
                problems.add("LEAK     " + canary.name() + " in the app's own output");
            }
        }
        return problems;
    }

    void assertNoProblems(String level, boolean marked) {
        List<String> problems = problems(level, marked);
        assertTrue(
                problems.isEmpty(),
                name + ": " + problems.size() + " canary row(s) wrong:\n  " + String.join("\n  ", problems)
                        + "\n(scanned " + leftTheProcess.length() + " chars from " + stored + ")");
    }

    static Path agentJar() {
        String jar = System.getProperty("tapedeck.agentJar");
        if (jar == null) throw new IllegalStateException("tapedeck.agentJar is not set (Failsafe sets it)");
        return Path.of(jar).toAbsolutePath();
    }

    /** Where a class was loaded from: the test classes, a dependency's jar. */
    static String locationOf(Class<?> type) {
        return ChildJvm.locationOf(type).toString();
    }

    /** Every file under {@code dir}, as text: the session file, or the collector's stored (decompressed) batches. */
    private static String readAll(Path dir) throws Exception {
        if (!Files.exists(dir)) return "";
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
