package io.tapedeck.core.internal.privacy;

import io.tapedeck.core.internal.config.InvalidValueException;
import io.tapedeck.core.internal.config.PrivacyRulesSyntax;

/**
 * The grammar check of {@code tapedeck.privacy.rules} for the configuration in tapedeck-api,
 * which finds this class by name ({@link PrivacyRulesSyntax#IMPLEMENTATION}): the rules are parsed
 * here, once at load, so a typo is an error naming the rule instead of a rule silently ignored.
 */
public final class PrivacyRulesCheck implements PrivacyRulesSyntax {
    @Override
    public void check(String rules) throws InvalidValueException {
        try {
            if (PrivacyRules.parse(rules).isEmpty()) {
                throw new InvalidValueException("no rule in it (expected rules such as mask: name=ssn*)");
            }
        } catch (PrivacyRules.InvalidRuleException e) {
            throw new InvalidValueException(e.getMessage());
        }
    }
}
