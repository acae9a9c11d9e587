package io.tapedeck.collector.internal;

/** A batch that can never be stored as sent: HTTP 400 with this message. */
final class BadBatchException extends Exception {
    BadBatchException(String message) {
        super(message);
    }
}
