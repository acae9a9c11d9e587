package io.tapedeck.core.internal.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Spelling of key names across sources, and the "did you mean" guess for typos. */
public final class KeyNames {
    private KeyNames() {}

    /** {@code maxCapturesPerSecond} → {@code MAX_CAPTURES_PER_SECOND}. */
    public static String camelToUpperSnake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 8);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (c == '.') { // maskLevel.minimum -> MASK_LEVEL_MINIMUM
                out.append('_');
                continue;
            }
            if (Character.isUpperCase(c)
                    && i > 0
                    && !Character.isUpperCase(camel.charAt(i - 1))
                    && camel.charAt(i - 1) != '.') {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** {@code tapedeck.maxCapturesPerSecond} or {@code maxCapturesPerSecond} → {@code maxCapturesPerSecond}. */
    public static String withoutPrefix(String key) {
        return key.startsWith(ConfigKey.PROPERTY_PREFIX) ? key.substring(ConfigKey.PROPERTY_PREFIX.length()) : key;
    }

    /**
     * The known key a misspelt name most likely meant, if any is close. Comparison ignores the
     * prefix, letter case and separators, so {@code TAPEDECK_MAXCAPTURES_PER_SEC} and
     * {@code tapedeck.maxcapturespersec} both find {@code maxCapturesPerSecond}.
     */
    public static Optional<ConfigKey<?>> nearest(String given, Collection<ConfigKey<?>> keys) {
        String wanted = squash(stripAnyPrefix(given));
        if (wanted.isEmpty()) return Optional.empty();
        ConfigKey<?> best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ConfigKey<?> key : keys) {
            String candidate = squash(key.name());
            int distance = editDistance(wanted, candidate);
            boolean close = distance <= Math.max(2, candidate.length() / 3)
                    || (wanted.length() >= 4 && candidate.startsWith(wanted));
            if (close && distance < bestDistance) {
                best = key;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String stripAnyPrefix(String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tapedeck.") || lower.startsWith("tapedeck_")) return given.substring(9);
        return given;
    }

    private static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** Levenshtein distance; keys are short, so the plain two-row version is plenty. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
