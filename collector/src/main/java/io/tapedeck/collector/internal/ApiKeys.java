package io.tapedeck.collector.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The accepted API keys. Keys are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, against every key without stopping early, so neither the
 * content nor the length of a key leaks through response timing.
 */
final class ApiKeys {
    private static final String BEARER = "Bearer ";

    private final List<String> keys;
    private final List<byte[]> digests = new ArrayList<>();

    ApiKeys(Collection<String> keys) {
        this.keys = List.copyOf(keys);
        for (String key : this.keys) digests.add(sha256(key));
    }

    /** No key configured: every request is accepted (loopback only, enforced at start). */
    boolean open() {
        return keys.isEmpty();
    }

    /**
     * The configured key presented in an {@code Authorization: Bearer <key>} header, or null
     * when the header is missing, malformed or names no configured key.
     */
    String match(String authorizationHeader) {
        if (authorizationHeader == null
                || authorizationHeader.length() <= BEARER.length()
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        byte[] presented = sha256(authorizationHeader.substring(BEARER.length()).trim());
        String found = null;
        for (int i = 0; i < digests.size(); i++) {
            if (MessageDigest.isEqual(digests.get(i), presented) && found == null) found = keys.get(i);
        }
        return found;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
