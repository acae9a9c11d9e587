package io.tapedeck.core.internal.config;

/**
 * How one kind of setting is read from text: parse, describe what is allowed, and print back.
 *
 * @param <T> the parsed value
 */
public interface ValueType<T> {
    /**
     * Parses {@code raw} (already trimmed).
     *
     * @throws InvalidValueException whose message says what was expected, e.g.
     *     {@code expected a whole number from 1 to 60}
     */
    T parse(String raw) throws InvalidValueException;

    /** What is allowed, for documentation: {@code a whole number from 1 to 60}. */
    String allowed();

    /** The value as a user would write it. */
    default String format(T value) {
        return String.valueOf(value);
    }

    /**
     * A value given from code (a typed builder method) as the text a file would hold, so that it
     * is then parsed and ranked exactly like text: {@link #format} unless some values have no
     * such text (a {@code Duration} finer than the setting's unit).
     *
     * @throws InvalidValueException whose message says what was expected
     */
    default String text(T value) throws InvalidValueException {
        return format(value);
    }
}
