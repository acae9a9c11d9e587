package io.tapedeck;

import java.util.Locale;
import java.util.function.Function;

/**
 * The configuration spelling of the public enums: the constant's name in lower case (or as an
 * enum says, e.g. Amplitude's {@code US}, {@code EU}), any case accepted.
 */
final class EnumWords {
    private EnumWords() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return parse(type, value, constant -> constant.name().toLowerCase(Locale.ROOT));
    }

    /** {@link #parse(Class, String)} whose message writes each allowed constant with {@code spelling}. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, Function<E, String> spelling) {
        String word = value == null ? "" : value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(word)) return constant;
        }
        throw new IllegalArgumentException("\"" + value + "\" is not " + allowed(type, spelling));
    }

    /** {@code one of light, medium, conservative}. */
    static <E extends Enum<E>> String allowed(Class<E> type, Function<E, String> spelling) {
        StringBuilder out = new StringBuilder("one of ");
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) out.append(", ");
            out.append(spelling.apply(constants[i]));
        }
        return out.toString();
    }
}
