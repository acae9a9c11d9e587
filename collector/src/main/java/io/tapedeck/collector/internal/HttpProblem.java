package io.tapedeck.collector.internal;

/** Ends a request with {@code status} and a one-line plain-text explanation. */
final class HttpProblem extends RuntimeException {
    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
