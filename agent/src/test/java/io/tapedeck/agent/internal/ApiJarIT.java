package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.Tapedeck;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app that compiles and ships against tapedeck-api only: without the agent it runs to the end
 * with every call a no-op (the host app never fails because of us); with {@code -javaagent} the
 * same class file drives the agent's recorder, as the API's one {@code Tapedeck} class finds it.
 */
class ApiJarIT {
    @TempDir
    static Path shared;

    private static Path appClasses;

    /** tapedeck-api as this build packaged it (the jar in a reactor build). */
    private static Path apiJar() throws Exception {
        return Path.of(Tapedeck.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }

    @BeforeAll
    static void compileTheAppAgainstTheApiAlone() throws Exception {
        appClasses = Files.createDirectories(shared.resolve("app-classes"));
        Path source = Path.of(System.getProperty("tapedeck.it.apiAppSources", "src/test/apiapp"))
                .resolve("example/ApiOnlyApp.java")
                .toAbsolutePath();
        int status = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "--release",
                        "11",
                        "-proc:none",
                        "-classpath",
                        apiJar().toString(),
                        "-d",
                        appClasses.toString(),
                        source.toString());
        assertEquals(0, status, "ApiOnlyApp compiles against " + apiJar() + " alone");
    }

    @Test
    void withoutTheAgentEveryCallIsANoOpAndTheAppRunsToItsEnd(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = apiOnlyApp(tmp, sessions).start().awaitExit(Duration.ofSeconds(60));

        result.assertExitedNormally();
        assertEquals("false", result.printed("isRecording"), result.toString());
        assertEquals("(empty)", result.printed("replayId"));
        assertEquals("{}", result.printed("sessionReplayProperties"));
        assertEquals("false", result.printed("isOptedOut"));
        assertEquals("IllegalArgumentException", result.printed("blankEvent"), "arguments are still checked");
        assertEquals(
                List.of("[tapedeck] ERROR Tapedeck.start: nothing is recorded: the Tapedeck agent is not on the class"
                        + " path. Add the dependency io.tapedeck:tapedeck-agent (same version as tapedeck-api) or run"
                        + " with -javaagent:tapedeck-agent.jar"),
                result.tapedeckLines(),
                result.toString());
        assertEquals(List.of(), ChildJvm.sessionFiles(sessions), "nothing recorded");
    }

    @Test
    void withTheAgentTheSameAppRecordsItsEvents(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = apiOnlyApp(tmp, sessions)
                .javaAgent(AgentJvm.agentJar(), null)
                .start()
                .awaitExit(Duration.ofSeconds(60));

        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());
        assertEquals("true", result.printed("isRecording"), result.toString());
        assertEquals("api-only-device/1700000000000", result.printed("replayId"));
        assertEquals(
                "{[Amplitude] Session Replay ID=api-only-device/1700000000000}",
                result.printed("sessionReplayProperties"));
        assertEquals("IllegalArgumentException", result.printed("blankEvent"));

        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertTrue(
                files.stream().anyMatch(f -> f.getFileName().toString().equals("1700000000000.ndjson")),
                "the useSession session was written: " + files + "\n" + result);
        String all = files.stream().flatMap(ApiJarIT::lines).collect(Collectors.joining("\n"));
        assertTrue(all.contains("\"tag\":\"Checkout\""), "the Custom event of Tapedeck.event is in a session file");
        assertTrue(all.contains("\"tag\":\"After useSession\""), "and the one after useSession");
    }

    @Test
    void anAgentAttachedLaterIsReachedByTheApiTheAppUsedBefore(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Running app = apiOnlyApp(tmp, sessions, "wait-for-attach").start();
        try {
            AgentJvm.attach(tmp, app, "serverUrl=" + AgentJvm.fileUrl(sessions) + ",dataDir=" + tmp.resolve("data"));
            app.stdin().write("go\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            app.stdin().flush();
            ChildJvm.Result result = app.awaitExit(Duration.ofSeconds(60));

            result.assertExitedNormally();
            assertEquals("false", result.printed("before-attach isRecording"), "no agent yet: a no-op");
            assertEquals(List.of(), result.tapedeckProblems(), result.toString());
            assertEquals("true", result.printed("isRecording"), result.toString());
            assertEquals("api-only-device/1700000000000", result.printed("replayId"));
            String all = ChildJvm.sessionFiles(sessions).stream()
                    .flatMap(ApiJarIT::lines)
                    .collect(Collectors.joining("\n"));
            assertTrue(all.contains("\"tag\":\"Checkout\""), "Tapedeck.event reached the attached agent");
        } finally {
            app.kill();
        }
    }

    /** ApiOnlyApp on a class path of its classes and tapedeck-api, writing sessions to {@code sessions}. */
    private static ChildJvm apiOnlyApp(Path tmp, Path sessions, String... args) throws Exception {
        return AgentJvm.in(tmp)
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(apiJar())
                .classPath(appClasses)
                .main("example.ApiOnlyApp", args);
    }

    private static java.util.stream.Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
