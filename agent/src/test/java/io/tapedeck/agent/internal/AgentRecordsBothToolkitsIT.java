package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.JavaFxWithSwingApp;
import io.tapedeck.agent.itapps.SwingWithJavaFxApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One agent flag records an app that embeds one toolkit in the other, both toolkits' content
 * in one session (real windows under Xvfb, GTK JavaFX with software rendering).
 */
class AgentRecordsBothToolkitsIT {
    @Test
    void aSwingAppEmbeddingJavaFxIsRecordedWithTheJavaFxContent(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = child(tmp, sessions)
                .main(SwingWithJavaFxApp.class, "4000")
                .start()
                .awaitExit(Duration.ofSeconds(60));
        String session = assertOneSession(result, sessions);
        assertTrue(session.contains("Swing side label"), "the Swing label\n" + result);
        int fx = session.indexOf("JavaFX inside Swing");
        assertTrue(fx >= 0, "the JFXPanel's JavaFX label\n" + result);
        assertTrue(session.indexOf("JavaFX inside Swing changed", fx) > fx, "its later change\n" + result);
    }

    @Test
    void aJavaFxAppEmbeddingSwingIsRecordedWithTheSwingContent(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = child(tmp, sessions)
                .main(JavaFxWithSwingApp.Main.class, "4000")
                .start()
                .awaitExit(Duration.ofSeconds(60));
        String session = assertOneSession(result, sessions);
        assertTrue(session.contains("JavaFX host label"), "the JavaFX label\n" + result);
        int swing = session.indexOf("Swing inside JavaFX");
        assertTrue(swing >= 0, "the SwingNode's Swing label\n" + result);
        assertTrue(session.indexOf("Swing inside JavaFX changed", swing) > swing, "its later change\n" + result);
    }

    private static ChildJvm child(Path tmp, Path sessions) {
        ChildJvm child = AgentJvm.in(tmp)
                .javaAgent(AgentJvm.agentJar(), null)
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .jvmArg("-Dprism.order=sw")
                .classPath(AgentJvm.testClasses());
        for (Path jar : FxTestRuntime.javafxJars()) child.classPath(jar);
        return child;
    }

    private static String assertOneSession(ChildJvm.Result result, Path sessions) throws Exception {
        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());
        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(1, files.size(), "one session for both toolkits\n" + result);
        return String.join("\n", SessionFile.events(files.get(0)));
    }
}
