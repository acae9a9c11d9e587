package io.tapedeck.examples.canary;

import io.tapedeck.collector.CollectorFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A toolkit's canary app in a child JVM with {@code -javaagent}, at every mask level, with and
 * without its markers and rules, to a {@code file:} destination and to a real collector; each
 * subclass says how its app runs; the app's toolkit column of {@link Canary} says what it shows.
 */
abstract class CanarySuite {
    private final Canary.Toolkit toolkit;
    private final List<String> jvmOptions;
    private final String classPath;
    private final String mainClass;

    /** The app of {@code toolkit}: {@code mainClass} on {@code classPath}, with {@code jvmOptions}. */
    CanarySuite(Canary.Toolkit toolkit, List<String> jvmOptions, String classPath, String mainClass) {
        this.toolkit = toolkit;
        this.jvmOptions = jvmOptions;
        this.classPath = classPath;
        this.mainClass = mainClass;
    }

    @TempDir
    static Path shared;

    static CollectorFixture collector;

    @BeforeAll
    static void startCollector() {
        collector = CollectorFixture.start(shared.resolve("collector"));
    }

    @AfterAll
    static void stopCollector() {
        if (collector != null) collector.close();
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

    /** Records the app once, as the arguments say, into {@link #shared} and {@link #collector}. */
    private CanaryRun record(String level, boolean marked, String destination) throws Exception {
        return CanaryRun.record(
                shared, collector, toolkit, level, marked, destination, jvmOptions, classPath, mainClass);
    }

    @ParameterizedTest(name = "{0}, markers and rules: {1}, to {2}")
    @MethodSource("runs")
    void everyCanaryAppearsExactlyWhereTheLevelAllows(String level, boolean marked, String destination)
            throws Exception {
        record(level, marked, destination).assertNoProblems(level, marked);
    }
}
