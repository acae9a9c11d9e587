package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.ConsoleApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** premain in a JVM that never opens a window: no thread, no file, no AWT, no configuration read. */
class AgentLeavesNonGuiJvmsAloneIT {
    private static final Pattern LOADED_CLASS = Pattern.compile("\\] (\\S+) source:");

    /** All that premain itself may load: the rest waits for a window. */
    private static final Set<String> PREMAIN_CLASSES = Set.of(
            "io.tapedeck.agent.internal.AgentEntry",
            "io.tapedeck.agent.internal.AgentStartup",
            "io.tapedeck.agent.internal.SecondToolkitStartup",
            "io.tapedeck.agent.internal.WindowLoadWatcher");

    @Test
    void aHeadlessNonGuiJvmGetsNoTapedeckThreadNoFileAndNoAwt(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        Path classLog = tmp.resolve("classes.log");
        ChildJvm.Result result = AgentJvm.in(tmp)
                .javaAgent(
                        AgentJvm.agentJar(),
                        "serverUrl=" + AgentJvm.fileUrl(sessions) + ",dataDir=" + tmp.resolve("data"))
                .jvmArg("-Djava.awt.headless=true")
                .jvmArg("-Xlog:class+load=info:file=" + classLog)
                .classPath(AgentJvm.testClasses())
                .main(ConsoleApp.class)
                .start()
                .awaitExit(Duration.ofSeconds(30));

        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckLines(), result.toString());
        List<String> threads =
                result.stdout().stream().filter(l -> l.startsWith("thread=")).toList();
        assertFalse(threads.isEmpty(), "the app listed its threads\n" + result);
        assertTrue(threads.stream().noneMatch(t -> t.toLowerCase().contains("tapedeck")), threads.toString());
        assertFalse(Files.exists(sessions), "no session directory");
        assertFalse(Files.exists(tmp.resolve("data")), "no data directory (no device id was created)");

        Set<String> tapedeckClasses = new TreeSet<>();
        Set<String> awtClasses = new TreeSet<>();
        for (String line : Files.readAllLines(classLog, StandardCharsets.UTF_8)) {
            Matcher m = LOADED_CLASS.matcher(line);
            if (!m.find()) continue;
            String name = m.group(1);
            if (name.startsWith("io.tapedeck.") && !name.startsWith(ConsoleApp.class.getPackageName()))
                tapedeckClasses.add(name);
            if (name.startsWith("java.awt.") || name.startsWith("javax.swing.") || name.startsWith("sun.awt.")) {
                awtClasses.add(name);
            }
        }
        assertEquals(Set.of(), awtClasses, "the agent loaded no AWT class");
        assertTrue(PREMAIN_CLASSES.containsAll(tapedeckClasses), "only premain's classes: " + tapedeckClasses);
        assertTrue(tapedeckClasses.contains("io.tapedeck.agent.internal.AgentEntry"), "the agent did run");
    }
}
