package io.tapedeck.core.internal.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The raw inputs of one configuration load: system properties, environment variables and the
 * values set from code (builder or agent arguments). Tests build these from plain maps, so they
 * never touch the real environment; production takes a snapshot of the real ones.
 */
public final class ConfigSources {
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final Map<String, String> code;

    private ConfigSources(
            Map<String, String> systemProperties, Map<String, String> environment, Map<String, String> code) {
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
        this.code = copyKeepingOrder(code);
    }

    /** The real system properties and environment of this JVM, plus {@code code}. */
    public static ConfigSources system(Map<String, String> code) {
        Map<String, String> props = new LinkedHashMap<>();
        Properties real = System.getProperties();
        for (String name : real.stringPropertyNames()) {
            String value = real.getProperty(name);
            if (value != null) props.put(name, value);
        }
        return new ConfigSources(props, System.getenv(), code);
    }

    /** Given maps; nothing is read from the JVM. Include {@code user.home} in {@code systemProperties}. */
    public static ConfigSources of(
            Map<String, String> systemProperties, Map<String, String> environment, Map<String, String> code) {
        return new ConfigSources(systemProperties, environment, code);
    }

    public Map<String, String> systemProperties() {
        return systemProperties;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** In the order they were set; later entries win. */
    public Map<String, String> code() {
        return code;
    }

    /** {@code user.home} from these system properties, falling back to the temp dir if absent. */
    public Path userHome() {
        String home = systemProperties.get("user.home");
        if (home == null || home.isBlank()) home = systemProperties.get("java.io.tmpdir");
        if (home == null || home.isBlank()) home = System.getProperty("java.io.tmpdir", ".");
        return Path.of(home).toAbsolutePath();
    }

    private static Map<String, String> copyKeepingOrder(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) copy.put(k, v);
        });
        return java.util.Collections.unmodifiableMap(copy);
    }
}
