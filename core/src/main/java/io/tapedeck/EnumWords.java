package io.tapedeck;

import java.util.Locale;

/** The configuration spelling of the public enums: the constant's name in lower case, any case accepted. */
final class EnumWords {
    private EnumWords() {}

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String word = value == null ? "" : value.trim();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(word)) return constant;
        }
        throw new IllegalArgumentException("\"" + value + "\" is not " + allowed(type));
    }

    /** {@code one of light, medium, conservative}. */
    static String allowed(Class<? extends Enum<?>> type) {
        StringBuilder out = new StringBuilder("one of ");
        Enum<?>[] constants = type.getEnumConstants();
        for (int i = 0; i < constants.length; i++) {
            if (i > 0) out.append(", ");
            out.append(constants[i].name().toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
