package io.tapedeck.examples.fidelity;

import com.fasterxml.jackson.core.JsonFactory;
import io.tapedeck.examples.crm.CrmApp;
import io.tapedeck.testing.ChildJvm;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scripted app ({@link GalleryApp} for Swing, {@link FxGalleryApp} for JavaFX) in its own
 * JVM under the real agent jar, recording to a {@code file:} destination with every text
 * unmasked (a rule on the root panes or parents), with the chosen look and feel and UI scale. Leaves the scene manifest, the screenshots and the session file.
 */
record FidelityRun(Path dir, SceneManifest manifest, Path session, String output, long millis) {

    static FidelityRun record(FidelityConfig config, Path dir) throws Exception {
        Path shots = Files.createDirectories(dir.resolve("app"));
        Path sessions = Files.createDirectories(dir.resolve("sessions"));
        ChildJvm child = ChildJvm.in(dir).named("app").withDisplay();
        // Fidelity scores what the recording draws, not when the UI-thread budget lets it capture:
        // with the default budget (20 ms a second) a loaded machine records a scene's last change
        // up to a second late, after the scene was shot. The budget's own behaviour is tested in
        // the adapters (CaptureBudgetTest, PopupsAtRandomMomentsTest).
        String agentOptions = "serverUrl=" + sessions.toUri() + ",maskLevel=light"
                + ",uiThreadBudgetMsPerSecond=500,dataDir=" + dir.resolve("agent-data");
        if (config.toolkit == FidelityConfig.Toolkit.JAVAFX) {
            // The software pipeline on the test's Xvfb, greyscale text (no LCD subpixels: the
            // screenshot and the replay are compared pixel by pixel).
            child.jvmArg("-Dprism.order=sw").jvmArg("-Dprism.lcdtext=false");
            // Fidelity is about drawing, not privacy: every text is recorded as shown, the
            // Inventory's emails and phone numbers too (personal data, masked at every level
            // unless unmasked), and dates (their shape is a number's). Passwords are still never recorded.
            child.jvmArg("-Dtapedeck.privacy.rules=unmask: class=javafx.scene.Parent")
                    .javaAgent(agentJar(), agentOptions)
                    .classPath(fxClassPath())
                    .main(FxGalleryApp.Main.class, shots.toString());
        } else {
            child.jvmArg("-Dawt.useSystemAAFontSettings=" + (config.textAliased() ? "off" : "on"))
                    .jvmArg("-Dsun.java2d.uiScale=" + config.uiScale)
                    .jvmArg("-Ddemo.laf=" + config.laf)
                    // Fidelity is about drawing, not privacy: every text is recorded as shown (passwords
                    // are still never recorded), so the replay can be compared with the screen.
                    .jvmArg("-Dtapedeck.privacy.rules=unmask: class=javax.swing.JRootPane")
                    .javaAgent(agentJar(), agentOptions)
                    .classPath(classPath());
            if (config.crm) {
                child.main(GalleryApp.class, shots.toString(), "--crm");
            } else {
                child.main(GalleryApp.class, shots.toString());
            }
        }
        long started = System.nanoTime();
        ChildJvm.Result result = child.run(Duration.ofSeconds(120));
        long millis = (System.nanoTime() - started) / 1_000_000;
        String output = result.output();
        if (result.exitCode() != 0 || !output.contains("FIDELITY done")) {
            throw new AssertionError("the scripted app failed (exit " + result.exitCode() + "):\n" + output);
        }
        return new FidelityRun(
                dir,
                SceneManifest.read(shots.resolve(SceneManifest.FILE_NAME)),
                onlySession(sessions, output),
                output,
                millis);
    }

    Path screenshot(SceneManifest.Shot shot) {
        return dir.resolve("app").resolve(shot.png);
    }

    private static Path onlySession(Path sessions, String output) {
        List<Path> found = ChildJvm.sessionFiles(sessions);
        if (found.size() != 1) {
            throw new AssertionError(
                    "expected one .ndjson session in " + sessions + ", found " + found + "\n" + output);
        }
        return found.get(0);
    }

    /** Test classes (the app), main classes (the CRM), FlatLaf and jackson-core; never the agent's classes. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {GalleryApp.class, CrmApp.class, JsonFactory.class}) {
            entries.add(ChildJvm.locationOf(type).toString());
        }
        try {
            entries.add(ChildJvm.locationOf(Class.forName("com.formdev.flatlaf.FlatLightLaf"))
                    .toString());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("FlatLaf is not on the test class path", e);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Test classes (the app), main classes (the JavaFX demo), jackson-core and JavaFX's jars; never the agent's. */
    private static String fxClassPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {FxGalleryApp.class, CrmApp.class, JsonFactory.class}) {
            entries.add(ChildJvm.locationOf(type).toString());
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx")) {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path agentJar() {
        Path path = Paths.get(System.getProperty("tapedeck.agentJar", "../agent/target/tapedeck-agent.jar"))
                .toAbsolutePath()
                .normalize();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " is missing (build it with ./mvnw install -DskipTests)");
        }
        return path;
    }
}
