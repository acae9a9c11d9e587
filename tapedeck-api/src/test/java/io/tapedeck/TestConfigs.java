package io.tapedeck;

import java.nio.file.Path;
import java.util.Map;

/**
 * Configurations for tests in any core package, built from the given values only: the real
 * system properties and environment are not read, and {@code user.home} is {@code home}.
 */
public final class TestConfigs {
    private TestConfigs() {}

    /** {@code keyValues} alternate key and value, e.g. {@code "dataDir", "/tmp/x", "debug", "true"}. */
    public static TapedeckConfig isolated(Path home, String... keyValues) {
        if (keyValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must pair up");
        TapedeckConfig.Builder builder = TapedeckConfig.builder();
        for (int i = 0; i < keyValues.length; i += 2) builder.set(keyValues[i], keyValues[i + 1]);
        return builder.build(Map.of("user.home", home.toString()), Map.of());
    }
}
