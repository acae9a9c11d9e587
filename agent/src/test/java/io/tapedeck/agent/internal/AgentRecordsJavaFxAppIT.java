package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.FxApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent records a JavaFX app (JavaFX on the class path; headless Monocle) with no change to the app. */
class AgentRecordsJavaFxAppIT {
    @Test
    void aJavaFxAppWithTheAgentIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm child = ChildJvm.in(tmp)
                .withAgent(null)
                .jvmArg("-Dtapedeck.serverUrl=" + ChildJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .jvmArg("-Dglass.platform=Monocle")
                .jvmArg("-Dmonocle.platform=Headless")
                .jvmArg("-Dprism.order=sw")
                .classPath(ChildJvm.testClasses());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.contains("openjfx") || entry.contains("testfx")) child.classPath(Path.of(entry));
        }
        ChildJvm.Result result = child.main(FxApp.Main.class, "3000").start().awaitExit(Duration.ofSeconds(60));

        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());
        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(1, files.size(), result.toString());
        List<String> events = SessionFile.events(files.get(0));
        String all = String.join("\n", events);
        assertTrue(all.contains("\"JavaFX customer\""), "the stage's label, as drawn text\n" + result);
        assertTrue(all.contains("JavaFX customer saved"), "the change, later\n" + result);
        assertTrue(all.contains("Tapedeck FX IT app"), "the window's title");
    }
}
