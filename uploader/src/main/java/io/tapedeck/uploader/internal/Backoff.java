package io.tapedeck.uploader.internal;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again after a failure: exponential backoff with full jitter (a random wait in
 * {@code [0, min(cap, base * 2^failures))}), so many agents that lost the same collector do
 * not come back in step — unless the server said when, with {@code Retry-After}.
 */
final class Backoff {
    /** A Retry-After beyond this is treated as this: a misconfigured server must not park us for days. */
    static final long MAX_RETRY_AFTER_MS = 10 * 60_000;

    private final long baseMs;
    private final long capMs;
    private int failures;

    Backoff(long baseMs, long capMs) {
        this.baseMs = baseMs;
        this.capMs = capMs;
    }

    /**
     * Records a failure; returns how long to wait before the next attempt.
     *
     * @param retryAfter the Retry-After header value (seconds or an HTTP date), or null
     */
    long nextDelayMs(String retryAfter, long nowEpochMs) {
        int exponent = Math.min(failures, 30);
        failures++;
        long ceiling = Math.min(capMs, baseMs << exponent);
        long jittered = ThreadLocalRandom.current().nextLong(ceiling + 1);
        long serverSays = parseRetryAfterMs(retryAfter, nowEpochMs);
        return serverSays >= 0 ? serverSays : jittered;
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }

    /** @return the delay in ms, or -1 when absent or unparsable */
    static long parseRetryAfterMs(String value, long nowEpochMs) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        String v = value.trim();
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Math.min(MAX_RETRY_AFTER_MS, Long.parseLong(v) * 1000);
            }
            long at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()
                    .toEpochMilli();
            return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - nowEpochMs));
        } catch (NumberFormatException | DateTimeParseException e) {
            return -1;
        }
    }
}
