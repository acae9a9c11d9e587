package io.tapedeck.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.Log;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the API finds the recorder: by name, with the class loader it is given. Each case compiles
 * a real {@code io.tapedeck.agent.internal.AgentBackend} into its own class loader.
 */
class BackendsTest {
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @TempDir
    Path tmp;

    @BeforeEach
    void captureLog() {
        Log.swapSinkForTests(lines::add);
    }

    @AfterEach
    void restoreLog() {
        Log.swapSinkForTests(null);
    }

    @Test
    void noAgentClassMeansTheNoOpBackendAndNoLine() {
        assertInstanceOf(NoBackend.class, Backends.find(BackendsTest.class.getClassLoader()));
        assertEquals(List.of(), lines);
    }

    @Test
    void anAgentOnTheClassPathIsTheBackend() throws Exception {
        try (URLClassLoader agent = agentWith("implements io.tapedeck.api.internal.TapedeckBackend {"
                + " public void start(io.tapedeck.TapedeckConfig c) {} public void stop() {}"
                + " public void flush() {} public boolean isRecording() { return true; }"
                + " public java.util.Optional<String> replayId() { return java.util.Optional.of(\"d/1\"); }"
                + " public java.util.Map<String, String> sessionReplayProperties() { return java.util.Map.of(); }"
                + " public void event(String n, java.util.Map<String, ?> p) {}"
                + " public void useSession(String d, long s) {} public void mask(Object c) {}"
                + " public void unmask(Object c) {} public void block(Object c) {}"
                + " public void setOptOut(boolean o) {} public boolean isOptedOut() { return false; } }")) {
            TapedeckBackend backend = Backends.find(agent);
            assertEquals(Backends.AGENT_BACKEND, backend.getClass().getName());
            assertTrue(backend.isRecording());
            assertEquals(Optional.of("d/1"), backend.replayId());
            assertEquals(List.of(), lines);
        }
    }

    @Test
    void anAgentThatDoesNotFitThisApiIsOneErrorLineAndNoOps() throws Exception {
        try (URLClassLoader agent = agentWith("{ }")) { // another version: not a TapedeckBackend
            TapedeckBackend backend = Backends.find(agent);
            assertInstanceOf(NoBackend.class, backend);
            assertEquals(1, lines.size(), lines.toString());
            assertTrue(
                    lines.get(0)
                            .startsWith("[tapedeck] ERROR the Tapedeck agent on the class path does not work with this"
                                    + " tapedeck-api (use the same version of both"),
                    lines.get(0));
        }
    }

    /** A class loader holding {@code public final class AgentBackend <body>}, compiled now. */
    private URLClassLoader agentWith(String body) throws Exception {
        Path source = tmp.resolve("src/io/tapedeck/agent/internal/AgentBackend.java");
        Files.createDirectories(source.getParent());
        Files.writeString(
                source,
                "package io.tapedeck.agent.internal; public final class AgentBackend " + body,
                StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        Path api = Path.of(TapedeckBackend.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        int status = ToolProvider.getSystemJavaCompiler()
                .run(null, null, null, "-classpath", api.toString(), "-d", classes.toString(), source.toString());
        assertEquals(0, status, "the stand-in agent compiles");
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, BackendsTest.class.getClassLoader());
    }
}
