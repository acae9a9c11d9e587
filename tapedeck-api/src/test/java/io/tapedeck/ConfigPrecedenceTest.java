package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** system property > environment > code (builder, agent arguments) > file > default, for every pair. */
class ConfigPrecedenceTest {
    /** Highest first; each sets maxCapturesPerSecond to its own value. */
    enum Source {
        SYSTEM_PROPERTY(41),
        ENVIRONMENT(42),
        CODE(43),
        FILE(44);

        final int value;

        Source(int value) {
            this.value = value;
        }

        void apply(ConfigFixture fixture) throws IOException {
            String v = Integer.toString(value);
            switch (this) {
                case SYSTEM_PROPERTY -> fixture.sysprop("tapedeck.maxCapturesPerSecond", v);
                case ENVIRONMENT -> fixture.env("TAPEDECK_MAX_CAPTURES_PER_SECOND", v);
                case CODE -> fixture.code("maxCapturesPerSecond", v);
                case FILE -> fixture.file("tapedeck.maxCapturesPerSecond=" + v + "\n");
            }
        }
    }

    @TempDir
    Path home;

    static Stream<Arguments> everyPair() {
        List<Source> order = List.of(Source.values());
        Stream.Builder<Arguments> pairs = Stream.builder();
        for (int hi = 0; hi < order.size(); hi++) {
            for (int lo = hi + 1; lo < order.size(); lo++) pairs.add(Arguments.of(order.get(hi), order.get(lo)));
        }
        return pairs.build();
    }

    @ParameterizedTest(name = "{0} beats {1}")
    @MethodSource("everyPair")
    void higherSourceWins(Source higher, Source lower) throws IOException {
        ConfigFixture fixture = new ConfigFixture(home);
        lower.apply(fixture);
        higher.apply(fixture);
        assertEquals(higher.value, fixture.build().maxCapturesPerSecond());
    }

    @ParameterizedTest(name = "{0} beats the default")
    @MethodSource("sources")
    void anySourceBeatsTheDefault(Source source) throws IOException {
        ConfigFixture fixture = new ConfigFixture(home);
        source.apply(fixture);
        assertEquals(source.value, fixture.build().maxCapturesPerSecond());
    }

    static Stream<Source> sources() {
        return Stream.of(Source.values());
    }
}
