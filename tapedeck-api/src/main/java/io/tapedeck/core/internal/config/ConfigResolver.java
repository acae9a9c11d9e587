package io.tapedeck.core.internal.config;

import io.tapedeck.TapedeckConfigException;
import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Turns {@link ConfigSources} into a {@link ResolvedConfig}.
 *
 * <p>Precedence, highest first: system property, environment variable, code (builder or agent
 * arguments), properties file, default. Every given value is validated, including ones that a
 * higher source overrides: a broken value is a mistake waiting to surface, and reporting all of
 * them at once saves round trips. Unknown {@code tapedeck.*} names are warned about, with the
 * closest known key when there is one.
 */
public final class ConfigResolver {
    private ConfigResolver() {}

    /** A raw value as given, and a phrase saying where it was given. */
    private static final class Given {
        final String raw;
        final String origin;

        Given(String raw, String origin) {
            this.raw = raw.trim();
            this.origin = origin;
        }
    }

    /** All values one source gave, by key. */
    private static final class Layer {
        final Map<ConfigKey<?>, Given> values = new HashMap<>();

        Given get(ConfigKey<?> key) {
            return values.get(key);
        }
    }

    /**
     * @throws TapedeckConfigException listing every invalid value and file problem
     */
    public static ResolvedConfig resolve(ConfigSources sources) {
        List<String> problems = new ArrayList<>();
        Layer systemProperties = fromSystemProperties(sources.systemProperties());
        Layer environment = fromEnvironment(sources.environment());
        Layer code = fromCode(sources.code());
        Layer file = fromFile(firstGiven(ConfigKeys.CONFIG, systemProperties, environment, code), problems);
        List<Layer> layers = List.of(systemProperties, environment, code, file);

        Map<ConfigKey<?>, ResolvedConfig.Setting> chosen = new LinkedHashMap<>();
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            for (Layer layer : layers) {
                Given given = layer.get(key);
                if (given == null) continue;
                try {
                    Object value = key.parse(given.raw);
                    chosen.putIfAbsent(key, new ResolvedConfig.Setting(value, given.origin));
                } catch (InvalidValueException e) {
                    problems.add(key.property() + "=" + key.shown(given.raw) + ": " + e.getMessage() + " (from "
                            + given.origin + ")");
                }
            }
        }
        if (!problems.isEmpty()) throw new TapedeckConfigException(problems);

        Map<ConfigKey<?>, ResolvedConfig.Setting> settings = new LinkedHashMap<>();
        ConfigKey.Defaults defaults = new ConfigKey.Defaults() {
            @Override
            public Path userHome() {
                return sources.userHome();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <X> X valueOf(ConfigKey<X> key) {
                ResolvedConfig.Setting setting = chosen.get(key);
                return setting != null ? (X) setting.value : key.defaultValue(this);
            }
        };
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            ResolvedConfig.Setting setting = chosen.get(key);
            settings.put(
                    key, setting != null ? setting : new ResolvedConfig.Setting(key.defaultValue(defaults), "default"));
        }
        return new ResolvedConfig(settings);
    }

    private static Given firstGiven(ConfigKey<?> key, Layer... layers) {
        for (Layer layer : layers) {
            Given given = layer.get(key);
            if (given != null) return given;
        }
        return null;
    }

    private static Layer fromSystemProperties(Map<String, String> properties) {
        Layer layer = new Layer();
        for (Map.Entry<String, String> e : new TreeMap<>(properties).entrySet()) {
            String name = e.getKey();
            if (!name.toLowerCase(Locale.ROOT).startsWith(ConfigKey.PROPERTY_PREFIX)) continue;
            Optional<ConfigKey<?>> key = name.startsWith(ConfigKey.PROPERTY_PREFIX)
                    ? ConfigKeys.byName(KeyNames.withoutPrefix(name))
                    : Optional.empty();
            if (key.isPresent()) {
                layer.values.put(key.get(), new Given(e.getValue(), "system property"));
            } else {
                warnUnknown("system property " + name, name, false);
            }
        }
        return layer;
    }

    private static Layer fromEnvironment(Map<String, String> environment) {
        Layer layer = new Layer();
        for (Map.Entry<String, String> e : new TreeMap<>(environment).entrySet()) {
            String name = e.getKey();
            if (!name.toUpperCase(Locale.ROOT).startsWith(ConfigKey.ENV_PREFIX)) continue;
            Optional<ConfigKey<?>> key = ConfigKeys.byEnvVar(name);
            if (key.isPresent()) {
                layer.values.put(key.get(), new Given(e.getValue(), "environment variable " + name));
            } else {
                warnUnknown("environment variable " + name, name, true);
            }
        }
        return layer;
    }

    private static Layer fromCode(Map<String, String> code) {
        Layer layer = new Layer();
        for (Map.Entry<String, String> e : code.entrySet()) {
            String name = e.getKey().trim();
            Optional<ConfigKey<?>> key = ConfigKeys.byName(KeyNames.withoutPrefix(name));
            if (key.isPresent()) {
                layer.values.put(key.get(), new Given(e.getValue(), "code or agent arguments"));
            } else {
                warnUnknown(
                        ConfigKey.PROPERTY_PREFIX + KeyNames.withoutPrefix(name) + " (set in code or agent arguments)",
                        name,
                        false);
            }
        }
        return layer;
    }

    private static Layer fromFile(Given configPath, List<String> problems) {
        Layer layer = new Layer();
        if (configPath == null) return layer;
        Path path;
        try {
            path = ConfigKeys.CONFIG.parse(configPath.raw);
        } catch (InvalidValueException e) {
            return layer; // reported with the other invalid values
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(ConfigKeys.CONFIG.property() + "=" + configPath.raw + ": cannot read the file " + path + ": "
                    + reason(e) + " (from " + configPath.origin + ")");
            return layer;
        }
        String origin = "file " + path;
        Map<String, String> entries = new TreeMap<>();
        for (String name : properties.stringPropertyNames()) entries.put(name, properties.getProperty(name));
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String name = e.getKey();
            Optional<ConfigKey<?>> key = ConfigKeys.byName(KeyNames.withoutPrefix(name));
            if (key.isEmpty()) {
                warnUnknown(name + " in " + origin, name, false);
            } else if (key.get() == ConfigKeys.CONFIG) {
                Log.warn(name + " in " + origin + " is ignored: a configuration file cannot name another one");
            } else if (name.startsWith(ConfigKey.PROPERTY_PREFIX) || !layer.values.containsKey(key.get())) {
                // The prefixed spelling wins over the short one if a file has both.
                layer.values.put(key.get(), new Given(e.getValue(), origin));
            }
        }
        return layer;
    }

    private static void warnUnknown(String what, String name, boolean envSpelling) {
        StringBuilder message = new StringBuilder(what).append(" is not a Tapedeck setting and is ignored");
        KeyNames.nearest(name, ConfigKeys.ALL)
                .ifPresent(key -> message.append("; did you mean ")
                        .append(envSpelling ? key.envVar() : key.property())
                        .append('?'));
        Log.warn(message.toString());
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.charset.CharacterCodingException) return "not valid UTF-8 text";
        if (e instanceof IllegalArgumentException) return "not a valid properties file (" + e.getMessage() + ")";
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
