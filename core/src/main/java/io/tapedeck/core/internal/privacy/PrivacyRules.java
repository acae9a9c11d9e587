package io.tapedeck.core.internal.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rules of {@code tapedeck.privacy.rules}: {@code action: matcher=value, matcher=value},
 * separated by {@code ;} or line breaks, e.g.
 * <pre>mask: class=com.acme.SsnField; unmask: name=search*; block: accessibleName=Patient photo</pre>
 * An action is {@code mask}, {@code unmask} or {@code block}; a matcher is {@code class},
 * {@code name} or {@code accessibleName} with a glob value ({@code *}, {@code ?}); a rule
 * applies when all its matchers match. When several rules match one component the most
 * private action wins: block, then mask, then unmask. Immutable and thread-safe.
 */
public final class PrivacyRules {
    public static final PrivacyRules NONE = new PrivacyRules(Collections.emptyList());

    private final List<PrivacyRule> rules;
    private final boolean anyBlock;
    private final boolean usesAccessibleName;

    private PrivacyRules(List<PrivacyRule> rules) {
        this.rules = rules;
        boolean block = false, accessible = false;
        for (PrivacyRule r : rules) {
            block |= r.action == PrivacyMarker.BLOCK;
            accessible |= r.uses(PrivacyRule.Field.ACCESSIBLE_NAME);
        }
        this.anyBlock = block;
        this.usesAccessibleName = accessible;
    }

    /** Thrown for text that is not a valid rule list; the message names the rule and the problem. */
    public static final class InvalidRuleException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidRuleException(String message) {
            super(message);
        }
    }

    /**
     * Parses a rule list (null or blank: no rules).
     *
     * @throws InvalidRuleException naming the first bad rule and what is wrong with it
     */
    public static PrivacyRules parse(String text) throws InvalidRuleException {
        if (text == null || text.trim().isEmpty()) return NONE;
        List<PrivacyRule> rules = new ArrayList<>();
        int number = 0;
        for (String raw : text.split("[;\\r\\n]+")) {
            String source = raw.trim();
            if (source.isEmpty()) continue;
            number++;
            rules.add(parseRule(source, number));
        }
        return rules.isEmpty() ? NONE : new PrivacyRules(Collections.unmodifiableList(rules));
    }

    private static PrivacyRule parseRule(String source, int number) throws InvalidRuleException {
        String where = "rule " + number + " \"" + source + "\": ";
        int colon = source.indexOf(':');
        if (colon < 0) throw new InvalidRuleException(where + "expected an action first: mask:, unmask: or block:");
        String actionWord = source.substring(0, colon).trim();
        PrivacyMarker action = PrivacyMarker.parse(actionWord);
        if (action == null) {
            throw new InvalidRuleException(
                    where + "unknown action \"" + actionWord + "\" (expected mask, unmask or block)");
        }
        String body = source.substring(colon + 1).trim();
        if (body.isEmpty()) {
            throw new InvalidRuleException(
                    where + "no matcher after \"" + actionWord + ":\" (expected class=…, name=… or accessibleName=…)");
        }
        List<PrivacyRule.Matcher> matchers = new ArrayList<>();
        for (String part : body.split(",")) {
            String m = part.trim();
            int eq = m.indexOf('=');
            if (eq < 0) {
                throw new InvalidRuleException(where + "\"" + m + "\" is not matcher=value "
                        + "(expected class=…, name=… or accessibleName=…)");
            }
            String fieldWord = m.substring(0, eq).trim();
            String value = m.substring(eq + 1).trim();
            PrivacyRule.Field field = null;
            for (PrivacyRule.Field f : PrivacyRule.Field.values()) {
                if (f.word.equalsIgnoreCase(fieldWord)) field = f;
            }
            if (field == null) {
                throw new InvalidRuleException(
                        where + "unknown matcher \"" + fieldWord + "\" (expected class, name or accessibleName)");
            }
            if (value.isEmpty()) throw new InvalidRuleException(where + "empty value for " + field.word);
            if (value.chars().allMatch(c -> c == '*')) {
                throw new InvalidRuleException(
                        where + field.word + "=" + value + " matches everything (use tapedeck.maskLevel for that)");
            }
            matchers.add(new PrivacyRule.Matcher(field, Glob.of(value, field == PrivacyRule.Field.ACCESSIBLE_NAME)));
        }
        return new PrivacyRule(action, Collections.unmodifiableList(matchers), source);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Whether any rule blocks (if not, blocking depends on markers alone). */
    public boolean anyBlock() {
        return anyBlock;
    }

    /** Whether a rule looks at accessible names (adapters then read them for every component). */
    public boolean usesAccessibleName() {
        return usesAccessibleName;
    }

    /**
     * The action of the matching rules, the most private one when several match, or
     * {@link PrivacyMarker#NONE}.
     */
    public PrivacyMarker actionFor(List<String> typeNames, String name, String accessibleName) {
        PrivacyMarker best = PrivacyMarker.NONE;
        for (PrivacyRule r : rules) {
            if (rank(r.action) <= rank(best) || !r.matches(typeNames, name, accessibleName)) continue;
            best = r.action;
            if (best == PrivacyMarker.BLOCK) break;
        }
        return best;
    }

    /** Whether a block rule matches (cheap when there is none). */
    public boolean blocks(List<String> typeNames, String name, String accessibleName) {
        return anyBlock && actionFor(typeNames, name, accessibleName) == PrivacyMarker.BLOCK;
    }

    private static int rank(PrivacyMarker m) {
        switch (m) {
            case BLOCK:
                return 3;
            case MASK:
                return 2;
            case UNMASK:
                return 1;
            default:
                return 0;
        }
    }

    @Override
    public String toString() {
        return rules.toString();
    }
}
