package io.tapedeck.uploader.protocol;

import java.util.Arrays;

/**
 * A batch's place in its session: a sequence number, and for a batch split after a 413, the
 * path of halves ({@code 7}, {@code 7.0}, {@code 7.1.0}). Immutable; ordered component by
 * component, a prefix before its extensions: {@code 6 < 7 < 7.0 < 7.1 < 7.1.0 < 8}.
 *
 * <p>Only the canonical form parses (no leading zeros, halves are 0 or 1), so two equal ids
 * always have the same text — the collector de-duplicates on it.
 */
public final class BatchId implements Comparable<BatchId> {
    /** More halvings than this cannot happen with any sane request limit; it bounds the text. */
    public static final int MAX_SPLIT_DEPTH = 32;

    private final long sequence;
    /** Each element 0 or 1. */
    private final byte[] halves;

    private BatchId(long sequence, byte[] halves) {
        this.sequence = sequence;
        this.halves = halves;
    }

    public static BatchId of(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("batch sequence must be >= 0: " + sequence);
        }
        return new BatchId(sequence, new byte[0]);
    }

    /** @throws IllegalArgumentException naming the text when it is not a batch id */
    public static BatchId parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19 + 2 * MAX_SPLIT_DEPTH) {
            throw invalid(text);
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length - 1 > MAX_SPLIT_DEPTH) {
            throw invalid(text);
        }
        String first = parts[0];
        if (!isDigits(first) || first.length() > 19 || (first.length() > 1 && first.charAt(0) == '0')) {
            throw invalid(text);
        }
        long sequence;
        try {
            sequence = Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw invalid(text);
        }
        byte[] halves = new byte[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].equals("0")) {
                halves[i - 1] = 0;
            } else if (parts[i].equals("1")) {
                halves[i - 1] = 1;
            } else {
                throw invalid(text);
            }
        }
        return new BatchId(sequence, halves);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("not a batch id (expected N, N.0, N.1, N.1.0, ...): \""
                + (text == null ? "null" : text.length() > 80 ? text.substring(0, 80) + "..." : text) + "\"");
    }

    /** The first ({@code half == 0}) or second half of this batch. */
    public BatchId half(int half) {
        if (half != 0 && half != 1) {
            throw new IllegalArgumentException("half must be 0 or 1: " + half);
        }
        if (halves.length >= MAX_SPLIT_DEPTH) {
            throw new IllegalStateException("batch " + this + " is split too deep to halve again");
        }
        byte[] longer = Arrays.copyOf(halves, halves.length + 1);
        longer[halves.length] = (byte) half;
        return new BatchId(sequence, longer);
    }

    /** The sequence number (first component). */
    public long sequence() {
        return sequence;
    }

    /** How many times this batch was halved (0 for a whole batch). */
    public int splitDepth() {
        return halves.length;
    }

    @Override
    public int compareTo(BatchId o) {
        int c = Long.compare(sequence, o.sequence);
        if (c != 0) {
            return c;
        }
        int n = Math.min(halves.length, o.halves.length);
        for (int i = 0; i < n; i++) {
            c = Byte.compare(halves[i], o.halves[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(halves.length, o.halves.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchId
                && ((BatchId) o).sequence == sequence
                && Arrays.equals(((BatchId) o).halves, halves);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(sequence) * 31 + Arrays.hashCode(halves);
    }

    /** The wire form, e.g. {@code 7.1.0}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(20 + 2 * halves.length).append(sequence);
        for (byte h : halves) {
            sb.append('.').append(h);
        }
        return sb.toString();
    }
}
