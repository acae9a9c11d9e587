package io.tapedeck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link TapedeckConfig} from made-up sources, so no test reads or changes the real
 * system properties or environment. {@code user.home} points into a temporary directory.
 */
final class ConfigFixture {
    final Path home;
    final Map<String, String> systemProperties = new LinkedHashMap<>();
    final Map<String, String> environment = new LinkedHashMap<>();
    final TapedeckConfig.Builder code = TapedeckConfig.builder();

    ConfigFixture(Path home) {
        this.home = home;
        systemProperties.put("user.home", home.toString());
        systemProperties.put("java.version", "17"); // unrelated properties are left alone
        environment.put("PATH", "/usr/bin");
    }

    ConfigFixture sysprop(String key, String value) {
        systemProperties.put(key, value);
        return this;
    }

    ConfigFixture env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    ConfigFixture code(String key, String value) {
        code.set(key, value);
        return this;
    }

    /** Writes a properties file under home and names it from code, the way agent arguments would. */
    ConfigFixture file(String contents) throws IOException {
        Path file = home.resolve("tapedeck.properties");
        Files.write(file, contents.getBytes(StandardCharsets.UTF_8));
        return code("config", file.toString());
    }

    Path filePath() {
        return home.resolve("tapedeck.properties");
    }

    TapedeckConfig build() {
        return code.build(systemProperties, environment);
    }
}
