package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.SwingApp;
import io.tapedeck.collector.CollectorFixture;
import io.tapedeck.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A collector that accepts connections and never answers must not hold the app: the JVM exits
 * at most about 2 s later than it would without the agent (so within about 3 s of the app's
 * end; AWT's own shutdown takes about 1 s of that), and what could not be sent waits in the
 * spool; a later run with a working collector delivers it.
 */
class ShutdownWithHangingCollectorIT {
    /** How long the JVM takes from the app's last line to its exit. */
    private static long exitMs(ChildJvm.Running app) throws Exception {
        app.awaitStdout("app done"::equals, Duration.ofSeconds(60));
        long appDone = System.nanoTime();
        app.awaitExit(Duration.ofSeconds(30));
        return (System.nanoTime() - appDone) / 1_000_000;
    }

    @Test
    void theJvmExitsWithinThreeSecondsAndTheSessionWaitsInTheSpool(@TempDir Path tmp) throws Exception {
        Path spool = tmp.resolve("spool");
        String replayId;
        long withoutAgentMs = exitMs(AgentJvm.in(tmp.resolve("baseline"))
                .classPath(AgentJvm.testClasses())
                .main(SwingApp.class, "500")
                .start());
        try (HangingServer hanging = new HangingServer()) {
            ChildJvm.Running app = AgentJvm.in(tmp)
                    .javaAgent(
                            AgentJvm.agentJar(),
                            "serverUrl=http://127.0.0.1:" + hanging.port() + ",apiKey=" + CollectorFixture.API_KEY
                                    + ",flushIntervalMs=300,dataDir=" + tmp.resolve("data") + ",spoolDir=" + spool
                                    + ",enableRemoteConfig=true")
                    .classPath(AgentJvm.testClasses())
                    .main(SwingApp.class, "2000", "await-recording")
                    .start();
            long exitMs = exitMs(app);
            ChildJvm.Result result = app.awaitExit(Duration.ofSeconds(1));

            result.assertExitedNormally();
            // The shutdown hook waits at most 2 s; 500 ms is slack for a loaded 2-core machine.
            assertTrue(
                    exitMs < withoutAgentMs + 2500,
                    "the JVM took " + exitMs + " ms to exit after the app was done (" + withoutAgentMs
                            + " ms without the agent)\n" + result);
            assertTrue(hanging.connections() > 0, "the agent did try to upload");
            replayId = result.printed("replayId").replaceAll("Optional\\[(.*)]", "$1");
            assertTrue(!batches(spool).isEmpty(), "unsent batches wait in the spool\n" + result);
            // The remote configuration did not answer either: one warning, recording went on.
            assertTrue(
                    result.tapedeckProblems().stream().anyMatch(l -> l.contains("remote configuration")),
                    result.toString());
        }

        // Next start, same spool, a collector that works: the earlier session arrives.
        try (CollectorFixture collector = CollectorFixture.start(tmp.resolve("collector"))) {
            ChildJvm.Result next = AgentJvm.in(tmp.resolve("next"))
                    .javaAgent(AgentJvm.agentJar(), collector.agentArgs(tmp))
                    .classPath(AgentJvm.testClasses())
                    .main(SwingApp.class, "1500", "await-recording")
                    .start()
                    .awaitExit(Duration.ofSeconds(60));
            next.assertExitedNormally();
            List<Integer> types = SessionFile.typesOf(collector.storedLines(replayId));
            assertTrue(!types.isEmpty(), "the first session arrived after the next start\n" + next);
            assertEquals(SessionFile.META, types.get(0), types.toString());
            assertEquals(List.of(), batches(spool), "the spool is empty again");
        }
    }

    private static List<Path> batches(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) return List.of();
        try (Stream<Path> files = Files.list(spool)) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p))
                    .collect(Collectors.toList());
        }
    }
}
