package io.tapedeck.core.internal.privacy;

/** Rules for tests that need some rule to be evaluated. */
final class PrivacyRulesTestAccess {
    private PrivacyRulesTestAccess() {}

    static PrivacyRules classRule() {
        try {
            return PrivacyRules.parse("mask: class=com.acme.Anything");
        } catch (PrivacyRules.InvalidRuleException e) {
            throw new AssertionError(e);
        }
    }
}
