package io.tapedeck.examples.canary;

import java.io.File;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The canary suite for JavaFX: {@link FxCanaryApp} runs in a child JVM with {@code -javaagent}
 * (JavaFX on the class path, on the test's Xvfb with the software pipeline), at every mask level,
 * with and without its markers and rules, to a {@code file:} destination and to a real
 * collector; each canary must appear exactly where {@link Canary#visible} allows it.
 */
class FxCanaryIT extends CanarySuite {
    FxCanaryIT() {
        super(
                Canary.Toolkit.JAVAFX,
                List.of("-Dprism.order=sw", "-Djavafx.animation.fullspeed=false"),
                classPath(),
                FxCanaryApp.Main.class.getName());
    }

    /** The test classes and JavaFX's jars (the app brings its own JavaFX); never the agent's classes. */
    static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(CanaryRun.locationOf(FxCanaryApp.class));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx")) entries.add(entry);
        }
        return String.join(File.pathSeparator, entries);
    }
}
