package io.tapedeck.core.internal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The effective value of every key and where each came from. Immutable. */
public final class ResolvedConfig {
    /** One effective value; {@code origin} reads like "environment variable TAPEDECK_DEBUG". */
    static final class Setting {
        final Object value;
        final String origin;

        Setting(Object value, String origin) {
            this.value = value;
            this.origin = origin;
        }
    }

    private final Map<ConfigKey<?>, Setting> settings;

    ResolvedConfig(Map<ConfigKey<?>, Setting> settings) {
        this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The effective value; {@code null} for an optional key that is not set. */
    @SuppressWarnings("unchecked")
    public <T> T get(ConfigKey<T> key) {
        Setting setting = settings.get(key);
        if (setting == null) throw new IllegalArgumentException("not resolved: " + key);
        return (T) setting.value;
    }

    /** Where the effective value came from: "default", "system property", "file /etc/x.properties"... */
    public String origin(ConfigKey<?> key) {
        Setting setting = settings.get(key);
        if (setting == null) throw new IllegalArgumentException("not resolved: " + key);
        return setting.origin;
    }

    /**
     * A copy in which {@code key} has {@code value}, given by {@code origin} (a value set after
     * loading, such as remote configuration); the caller has validated {@code value}.
     */
    public <T> ResolvedConfig with(ConfigKey<T> key, T value, String origin) {
        Map<ConfigKey<?>, Setting> copy = new LinkedHashMap<>(settings);
        copy.put(key, new Setting(value, origin));
        return new ResolvedConfig(copy);
    }

    /** One line per key, {@code tapedeck.key=value (origin)}, in table order. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            Setting setting = settings.get(key);
            if (out.length() > 0) out.append('\n');
            out.append(key.property())
                    .append('=')
                    .append(key.format(setting.value))
                    .append("  (")
                    .append(setting.origin)
                    .append(')');
        }
        return out.toString();
    }
}
