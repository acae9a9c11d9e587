package io.tapedeck.examples.canary;

import io.tapedeck.collector.Collector;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canary suite for JavaFX: {@link FxCanaryApp} runs in a child JVM with {@code -javaagent}
 * (JavaFX on the class path, on the test's Xvfb with the software pipeline), at every mask level,
 * with and without its markers and rules, to a {@code file:} destination and to a real
 * collector; each canary must appear exactly where {@link CanaryRow#visible} allows it.
 */
class FxCanaryIT {
    @TempDir static Path shared;
    private static Collector collector;

    @BeforeAll
    static void startCollector() {
        collector = Collector.builder().port(0).dataDir(shared.resolve("collector")).apiKey(CanaryRun.KEY).build().start();
    }

    @AfterAll
    static void stopCollector() {
        if (collector != null) collector.stop();
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (String destination : List.of("file", "collector")) {
            for (String level : Canary.LEVELS) {
                for (boolean marked : List.of(false, true)) runs.add(Arguments.of(level, marked, destination));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}, markers and rules: {1}, to {2}")
    @MethodSource("runs")
    void everyCanaryAppearsExactlyWhereTheLevelAllows(String level, boolean marked, String destination) throws Exception {
        CanaryRun run = CanaryRun.record(shared, collector, "javafx", level, marked, destination,
                List.of("-Dprism.order=sw", "-Djavafx.animation.fullspeed=false"), classPath(),
                FxCanaryApp.Main.class.getName());
        run.assertNoProblems(List.of(FxCanary.values()), level, marked);
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
