package io.tapedeck.core.internal.config;

/**
 * The grammar check of {@code tapedeck.privacy.rules}, which lives with the rules in core (the
 * recorder), so this jar carries no privacy code. Found once by name next to this class: with the
 * recorder present (the agent, tapedeck-core) a rule with a typo is an error naming it; with the
 * API alone, nothing is recorded and only the length is checked.
 */
public interface PrivacyRulesSyntax {
    /** The core class that implements this interface, with a public no-argument constructor. */
    String IMPLEMENTATION = "io.tapedeck.core.internal.privacy.PrivacyRulesCheck";

    /**
     * Checks {@code rules} as written.
     *
     * @throws InvalidValueException naming the first rule that is wrong, or saying there is no rule
     */
    void check(String rules) throws InvalidValueException;

    /** The check in core, or one that accepts any text when core is not on this class path. */
    static PrivacyRulesSyntax installed() {
        return Holder.INSTALLED;
    }

    /** Looked up at first use, once per class loader. */
    final class Holder {
        private Holder() {}

        static final PrivacyRulesSyntax INSTALLED = find();

        private static PrivacyRulesSyntax find() {
            try {
                return (PrivacyRulesSyntax)
                        Class.forName(IMPLEMENTATION, true, PrivacyRulesSyntax.class.getClassLoader())
                                .getConstructor()
                                .newInstance();
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                return rules -> {};
            }
        }
    }
}
