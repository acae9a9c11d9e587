package io.tapedeck.core.internal.session;

import java.nio.charset.StandardCharsets;

/**
 * Whether a session is recorded at a sample rate, decided from its id alone so every process
 * of one session decides alike. The rule (documented in docs/privacy.md): take the session id
 * as decimal text, hash its UTF-8 bytes with 64-bit FNV-1a, finish with the SplitMix64 mixer,
 * read the top 53 bits as a fraction in [0, 1); the session is recorded when that fraction
 * is below the rate. Rate 1 records every session, rate 0 none.
 */
public final class Sampling {
    private Sampling() {}

    public static boolean isSampled(long sessionId, double rate) {
        if (rate >= 1) return true;
        if (rate <= 0) return false;
        return fraction(sessionId) < rate;
    }

    /** The session's position in [0, 1). */
    static double fraction(long sessionId) {
        long h = 0xcbf29ce484222325L;
        for (byte b : Long.toString(sessionId).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return (h >>> 11) * 0x1.0p-53;
    }
}
