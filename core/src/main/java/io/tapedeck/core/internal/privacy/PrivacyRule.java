package io.tapedeck.core.internal.privacy;

import java.util.List;

/**
 * One configured rule: an action for the components that match every one of its matchers
 * ({@code mask: class=com.acme.SsnField, name=ssn*}).
 */
final class PrivacyRule {
    /** What a matcher looks at. */
    enum Field {
        /** The component's class or any superclass: fully qualified, or the simple name. */
        CLASS("class"),
        /** The name the app gave the component ({@code setName}), case-sensitive. */
        NAME("name"),
        /** The accessible name, ignoring case. */
        ACCESSIBLE_NAME("accessibleName");

        final String word;

        Field(String word) {
            this.word = word;
        }
    }

    static final class Matcher {
        final Field field;
        final Glob glob;

        Matcher(Field field, Glob glob) {
            this.field = field;
            this.glob = glob;
        }

        boolean matches(List<String> typeNames, String name, String accessibleName) {
            switch (field) {
                case NAME:
                    return glob.matches(name);
                case ACCESSIBLE_NAME:
                    return glob.matches(accessibleName);
                default:
                    for (String type : typeNames) {
                        if (glob.matches(type) || glob.matches(simpleName(type))) return true;
                    }
                    return false;
            }
        }

        /** {@code com.acme.Outer$SsnField} → {@code SsnField}. */
        private static String simpleName(String type) {
            int cut = Math.max(type.lastIndexOf('.'), type.lastIndexOf('$'));
            return cut < 0 ? type : type.substring(cut + 1);
        }
    }

    final PrivacyMarker action;
    final List<Matcher> matchers;
    final String source;

    PrivacyRule(PrivacyMarker action, List<Matcher> matchers, String source) {
        this.action = action;
        this.matchers = matchers;
        this.source = source;
    }

    boolean matches(List<String> typeNames, String name, String accessibleName) {
        for (Matcher m : matchers) {
            if (!m.matches(typeNames, name, accessibleName)) return false;
        }
        return true;
    }

    boolean uses(Field field) {
        for (Matcher m : matchers) {
            if (m.field == field) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
