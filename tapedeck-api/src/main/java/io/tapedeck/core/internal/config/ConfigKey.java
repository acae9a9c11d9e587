package io.tapedeck.core.internal.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One setting: its name, how it is parsed, its default and what it means. Every key is listed
 * in {@link ConfigKeys}; the docs table is generated from there.
 *
 * @param <T> the parsed value; {@code null} stands for "not set" in optional keys
 */
public final class ConfigKey<T> {
    public static final String PROPERTY_PREFIX = "tapedeck.";
    public static final String ENV_PREFIX = "TAPEDECK_";
    /** {@link #defaultText()} of an optional key. */
    public static final String NOT_SET = "not set";

    /** Computes a default, possibly from other settings (serverUrl lives under dataDir). */
    public interface DefaultValue<T> {
        T compute(Defaults context);
    }

    /** What a default may look at. */
    public interface Defaults {
        Path userHome();

        /** The effective value of another key (given or default). */
        <X> X valueOf(ConfigKey<X> key);
    }

    private final String name;
    private final ValueType<T> type;
    private final DefaultValue<T> defaultValue;
    private final String defaultText;
    private final String meaning;
    private final boolean secret;

    private ConfigKey(
            String name,
            ValueType<T> type,
            DefaultValue<T> defaultValue,
            String defaultText,
            String meaning,
            boolean secret) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.defaultValue = Objects.requireNonNull(defaultValue);
        this.defaultText = Objects.requireNonNull(defaultText);
        this.meaning = Objects.requireNonNull(meaning);
        this.secret = secret;
    }

    /** A key with a fixed default. */
    public static <T> ConfigKey<T> of(String name, ValueType<T> type, T defaultValue, String meaning) {
        return new ConfigKey<>(name, type, ctx -> defaultValue, type.format(defaultValue), meaning, false);
    }

    /** A key whose default is computed; {@code defaultText} is how the docs show it. */
    public static <T> ConfigKey<T> computed(
            String name, ValueType<T> type, String defaultText, DefaultValue<T> defaultValue, String meaning) {
        return new ConfigKey<>(name, type, defaultValue, defaultText, meaning, false);
    }

    /** A key that is simply absent unless given. */
    public static <T> ConfigKey<T> optional(String name, ValueType<T> type, String meaning) {
        return new ConfigKey<>(name, type, ctx -> null, NOT_SET, meaning, false);
    }

    /** An optional key whose value is a secret (an API key): never printed, not even in errors. */
    public static <T> ConfigKey<T> optionalSecret(String name, ValueType<T> type, String meaning) {
        return new ConfigKey<>(name, type, ctx -> null, NOT_SET, meaning, true);
    }

    /** Whether values of this key must never appear in messages. */
    public boolean isSecret() {
        return secret;
    }

    /** How a raw value is shown in messages: itself, or a mask for secrets. */
    public String shown(String raw) {
        return secret ? "<" + raw.length() + " characters, hidden>" : raw;
    }

    /** The name without prefix, e.g. {@code maxCapturesPerSecond}. */
    public String name() {
        return name;
    }

    /** {@code tapedeck.maxCapturesPerSecond}: system property, file and code spelling. */
    public String property() {
        return PROPERTY_PREFIX + name;
    }

    /** {@code TAPEDECK_MAX_CAPTURES_PER_SECOND}. */
    public String envVar() {
        return ENV_PREFIX + KeyNames.camelToUpperSnake(name);
    }

    public ValueType<T> type() {
        return type;
    }

    public T parse(String raw) throws InvalidValueException {
        return type.parse(raw);
    }

    /**
     * A value given from code, as the text a file would hold after the same parser accepted it:
     * typed values are checked and ranked exactly like text.
     *
     * @throws InvalidValueException whose message says what is allowed
     */
    public String textOf(T value) throws InvalidValueException {
        String text = type.text(value);
        type.parse(text);
        return text;
    }

    public T defaultValue(Defaults context) {
        return defaultValue.compute(context);
    }

    public String defaultText() {
        return defaultText;
    }

    public String meaning() {
        return meaning;
    }

    /** The value as a user would write it; "not set" for an absent optional value. */
    public String format(Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        if (value == null) return "(not set)";
        return secret ? "(set, hidden)" : type.format(typed);
    }

    @Override
    public String toString() {
        return property();
    }
}
