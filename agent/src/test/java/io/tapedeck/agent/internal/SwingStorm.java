package io.tapedeck.agent.internal;

import io.tapedeck.agent.itapps.SwingStormApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of {@link SwingStormApp} in a child JVM with a display, with the agent (recording to a
 * {@code file:} destination, debug on so that the Swing recorder prints what its EDT visits
 * cost when it stops) or without it; and the figures it left.
 */
final class SwingStorm {
    /** The Swing recorder's last debug line: {@code Swing capture on the EDT (ms): visits=N first=… …}. */
    private static final Pattern VISITS = Pattern.compile("Swing capture on the EDT \\(ms\\): (.*)");

    private SwingStorm() {}

    /** The storms {@link SwingStormApp} knows. */
    static final List<String> STORMS = List.of("labels", "table", "animation", "text");

    /** What a run printed, and (with the agent) the session it recorded. */
    record Run(String storm, boolean agent, ChildJvm.Result result, Path sessions) {
        double app(String name) {
            return Double.parseDouble(result.printed(name));
        }

        /** A figure of the Swing recorder's visits ({@code longest}, {@code mostInOneSecond}, …); empty without the agent. */
        Optional<String> visits(String name) {
            for (String line : result.stderr()) {
                Matcher m = VISITS.matcher(line);
                if (!m.find()) continue;
                for (String pair : m.group(1).split(" ")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).equals(name)) return Optional.of(pair.substring(eq + 1));
                }
            }
            return Optional.empty();
        }

        double visitsMs(String name) {
            return Double.parseDouble(
                    visits(name).orElseThrow(() -> new AssertionError("no visit figure " + name + "\n" + result)));
        }

        /** The app's figures and, with the agent, the recorder's: one table row. */
        Map<String, String> figures() {
            Map<String, String> f = new LinkedHashMap<>();
            for (String name :
                    List.of("probeP50Ms", "probeP99Ms", "probeMaxMs", "updates", "heapAfterGcMB", "peakRssMB")) {
                f.put(name, result.printed(name));
            }
            for (String name : List.of(
                    "first", "longest", "longestShown", "mostInOneSecond", "total", "visits", "sliced", "histogram")) {
                f.put(name, visits(name).orElse("—"));
            }
            return f;
        }
    }

    /**
     * Runs {@code storm} for {@code stormMs} and then {@code settleMs} of quiet, in a child JVM with
     * a heap of at most 512 MB (so that heap growth shows rather than hides in a large default heap).
     */
    static Run run(Path workDir, String storm, boolean agent, long stormMs, long settleMs) throws Exception {
        ChildJvm.Running app = start(workDir, storm, agent, stormMs, String.valueOf(settleMs));
        return new Run(
                storm,
                agent,
                app.awaitExit(Duration.ofMillis(stormMs + settleMs + 90_000)),
                sessions(workDir, storm, agent));
    }

    /**
     * Runs {@code storm} with the agent for {@code stormMs}, then keeps the app open (its final
     * state showing) until {@code recorded} holds for the session directory (checked twice a
     * second; the recorder writes at least every second), or {@code timeout}.
     */
    static Run runUntil(Path workDir, String storm, long stormMs, Predicate<Path> recorded, Duration timeout)
            throws Exception {
        ChildJvm.Running app = start(workDir, storm, true, stormMs, "stdin");
        app.awaitStdout(line -> line.startsWith("peakRssMB="), Duration.ofMillis(stormMs + 60_000));
        Path sessions = sessions(workDir, storm, true);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!recorded.test(sessions) && System.nanoTime() < deadline) Thread.sleep(500);
        app.stdin().write('\n');
        app.stdin().flush();
        return new Run(storm, true, app.awaitExit(Duration.ofSeconds(60)), sessions);
    }

    private static Path sessions(Path workDir, String storm, boolean agent) {
        return workDir.resolve(storm + (agent ? "-agent" : "-plain") + "-sessions");
    }

    private static ChildJvm.Running start(Path workDir, String storm, boolean agent, long stormMs, String settle)
            throws Exception {
        String name = storm + (agent ? "-agent" : "-plain");
        Path sessions = sessions(workDir, storm, agent);
        ChildJvm jvm = AgentJvm.in(workDir).named(name).jvmArg("-Xmx512m");
        if (agent) {
            jvm.javaAgent(AgentJvm.agentJar(), null)
                    .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                    .jvmArg("-Dtapedeck.deviceId=storm-device")
                    .jvmArg("-Dtapedeck.dataDir=" + workDir.resolve(name + "-data"))
                    .jvmArg("-Dtapedeck.debug=true")
                    // Texts as they are (the text area is masked at the default level): the
                    // final state is checked by its texts. Masking is not what a storm tests.
                    .jvmArg("-Dtapedeck.maskLevel=light");
        }
        return jvm.classPath(AgentJvm.testClasses())
                .main(SwingStormApp.class, storm, String.valueOf(stormMs), settle)
                .start();
    }
}
