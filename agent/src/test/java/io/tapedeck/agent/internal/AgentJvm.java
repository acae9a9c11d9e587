package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the agent's ITs add to the shared {@link ChildJvm}: the packaged agent jar, the test apps'
 * classes, and children that open windows.
 */
final class AgentJvm {
    private AgentJvm() {}

    /** The packaged agent jar (set by Failsafe; the fallback helps running one IT from an IDE). */
    static Path agentJar() {
        return Path.of(System.getProperty("tapedeck.it.agentJar", "target/tapedeck-agent.jar"))
                .toAbsolutePath();
    }

    /** The test apps the children run ({@code io.tapedeck.agent.itapps}), and nothing else. */
    static Path testClasses() {
        return ChildJvm.locationOf(AgentJvm.class);
    }

    /** {@code file:///DIR}, the destination setting for a session directory. */
    static String fileUrl(Path dir) {
        return "file://" + dir.toAbsolutePath();
    }

    /** A child of the same Java as the test, with a display; its output files go into {@code workDir}. */
    static ChildJvm in(Path workDir) {
        return ChildJvm.in(workDir).withDisplay();
    }

    /** A child of the Java at {@code javaHome}, with a display. */
    static ChildJvm using(Path javaHome, Path workDir) {
        return ChildJvm.using(javaHome, workDir).withDisplay();
    }

    /**
     * Attaches the agent to {@code app} once it has printed {@code ready pid=…}, with {@code
     * options}, and checks that the attach command succeeded.
     */
    static void attach(Path workDir, ChildJvm.Running app, String options) throws Exception {
        app.awaitStdout(line -> line.startsWith("ready pid="), Duration.ofSeconds(30));
        ChildJvm.Result attach =
                runAgentJar(workDir, Duration.ofSeconds(60), "attach", String.valueOf(app.pid()), options);
        assertEquals(0, attach.exitCode(), attach.toString());
    }

    /** Runs {@code java -jar tapedeck-agent.jar ARGS} (the attach command) to completion. */
    static ChildJvm.Result runAgentJar(Path workDir, Duration timeout, String... args) throws Exception {
        return ChildJvm.in(workDir)
                .named("attach-command")
                .jar(agentJar(), args)
                .run(timeout);
    }
}
