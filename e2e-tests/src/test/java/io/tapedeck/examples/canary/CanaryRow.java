package io.tapedeck.examples.canary;

/**
 * One canary of a canary app (Swing {@link Canary}, JavaFX {@link FxCanary}): a distinct string
 * and where the mask level, the app's markers and the rules let it appear in what leaves the
 * process. The rules of docs/privacy.md, written once for every toolkit.
 */
interface CanaryRow {
    String name();

    String text();

    Canary.Kind kind();

    /** What a marker or rule says in the marked runs, or null. */
    Canary.Override override();

    /** Whether this canary may appear in the bytes of a session recorded at {@code level}. */
    default boolean visible(String level, boolean markersAndRules) {
        Canary.Kind kind = kind();
        if (kind == Canary.Kind.PASSWORD) return false;
        if (markersAndRules && override() != null) return override() == Canary.Override.SHOWN;
        switch (kind) {
            case EDITABLE: return level.equals("light");
            case STATIC:
            case DRAWN: return !level.equals("conservative");
            default: return false;
        }
    }

    /**
     * Whether it must be found where it is visible. A canary drawn into pixels (a JavaFX
     * {@code Canvas}) may be recorded as an image, which holds no string: it can only leak.
     */
    default boolean required(String level, boolean markersAndRules) {
        return kind() != Canary.Kind.DRAWN && visible(level, markersAndRules);
    }

    /** A part of the text that must never leak either (a password half-typed, a prefix). */
    default String core() {
        String text = text();
        return text.length() > 12 ? text.substring(text.length() - 12) : text;
    }
}
