package io.tapedeck.core.internal.config;

/** A raw value that its {@link ValueType} rejects; the message says what is expected instead. */
public final class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
