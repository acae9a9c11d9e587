package io.tapedeck.core.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** An immutable, ordered list of attribute name/value pairs (names unique). */
public final class Attributes {
    public static final Attributes EMPTY = new Attributes(new String[0]);

    private final String[] pairs;

    private Attributes(String[] pairs) {
        this.pairs = pairs;
    }

    public int size() {
        return pairs.length / 2;
    }

    public String name(int i) {
        return pairs[2 * i];
    }

    public String value(int i) {
        return pairs[2 * i + 1];
    }

    /** The value of {@code name}, or null. */
    public String get(String name) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i].equals(name)) return pairs[i + 1];
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Attributes && Arrays.equals(pairs, ((Attributes) o).pairs));
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(pairs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) sb.append(' ');
            sb.append(pairs[i]).append("=\"").append(pairs[i + 1]).append('"');
        }
        return sb.toString();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects pairs in order; a null value skips the attribute. */
    public static final class Builder {
        private final List<String> list = new ArrayList<>(12);

        public Builder put(String name, String value) {
            if (value != null) {
                list.add(Objects.requireNonNull(name));
                list.add(value);
            }
            return this;
        }

        public Attributes build() {
            return list.isEmpty() ? EMPTY : new Attributes(list.toArray(new String[0]));
        }
    }
}
