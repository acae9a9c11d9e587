package io.tapedeck.core.internal.privacy;

import io.tapedeck.MaskImages;
import io.tapedeck.MaskLevel;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;

/**
 * What of a component may leave the process, decided from the facts an adapter reported
 * (never from the toolkit). Immutable and thread-safe; {@link #blocks} is cheap enough for
 * the UI thread.
 *
 * <p>Order of precedence, first that applies wins (docs/privacy.md):
 * <ol>
 *   <li>a password's content is never recorded (it can still be blocked);</li>
 *   <li>the marker on the component itself ({@code mask}, {@code unmask}, {@code block});</li>
 *   <li>a block rule matching the component (a container's marker never lifts a block);</li>
 *   <li>the nearest ancestor's {@code mask}/{@code unmask} marker;</li>
 *   <li>a mask/unmask rule matching the component (the most private of the matching ones),
 *       else the nearest ancestor's matching rule;</li>
 *   <li>the level ({@code light}, {@code medium}, {@code conservative}).</li>
 * </ol>
 * Images follow an explicit decision (marker or rule) and otherwise {@link MaskImages}.
 */
public final class PrivacyPolicy {
    /** What happens to one component. */
    public enum Action {
        SHOW,
        MASK,
        BLOCK
    }

    /** One component's decision: its text, its images, and what it passes down to its subtree. */
    public static final class Decision {
        final Action text;
        /** Images decided by a marker or rule (not by the image setting). */
        final boolean explicitImages;
        /** The nearest mask/unmask marker for the children (this one's, else the inherited). */
        final PrivacyMarker passMarker;
        /** The nearest mask/unmask rule action for the children. */
        final PrivacyMarker passRule;

        private Decision(Action text, boolean explicitImages, PrivacyMarker passMarker, PrivacyMarker passRule) {
            this.text = text;
            this.explicitImages = explicitImages;
            this.passMarker = passMarker;
            this.passRule = passRule;
        }

        public Action text() {
            return text;
        }
    }

    private static final PrivacyPolicy DEFAULTS =
            new PrivacyPolicy(MaskLevel.MEDIUM, MaskImages.LARGE, PrivacyRules.NONE);

    private final MaskLevel level;
    private final MaskImages images;
    private final PrivacyRules rules;

    private PrivacyPolicy(MaskLevel level, MaskImages images, PrivacyRules rules) {
        this.level = level;
        this.images = images;
        this.rules = rules;
    }

    public static PrivacyPolicy of(MaskLevel level, MaskImages images, PrivacyRules rules) {
        return new PrivacyPolicy(level, images, rules);
    }

    /** The defaults: {@code medium}, large images hidden, no rules. */
    public static PrivacyPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * The policy a configuration asks for; the level is never below {@code maskLevel.minimum}.
     *
     * @throws IllegalArgumentException if the rules are invalid (the configuration validates
     *     them at load, so this means it was bypassed)
     */
    public static PrivacyPolicy from(TapedeckConfig config) {
        MaskLevel level = config.maskLevel().atLeast(config.maskLevelMinimum());
        try {
            return new PrivacyPolicy(
                    level,
                    config.maskImages(),
                    PrivacyRules.parse(config.privacyRules().orElse(null)));
        } catch (PrivacyRules.InvalidRuleException e) {
            throw new IllegalArgumentException("tapedeck.privacy.rules: " + e.getMessage(), e);
        }
    }

    /** The same policy at another level (remote configuration; the caller applies the floor). */
    public PrivacyPolicy withLevel(MaskLevel newLevel) {
        return new PrivacyPolicy(newLevel, images, rules);
    }

    public MaskLevel level() {
        return level;
    }

    public MaskImages images() {
        return images;
    }

    public PrivacyRules rules() {
        return rules;
    }

    /**
     * Whether the component is blocked: the adapter asks this BEFORE reading anything of it but
     * its class, name, accessible name and marker, and reads nothing more of a blocked one.
     */
    public boolean blocks(PrivacyMarker own, List<String> typeNames, String name, String accessibleName) {
        if (own == PrivacyMarker.BLOCK) return true;
        if (own != PrivacyMarker.NONE && own != null) return false;
        return rules.blocks(typeNames, name, accessibleName);
    }

    /** Whether {@link #blocks} looks at accessible names (so adapters need to read them). */
    public boolean needsAccessibleNames() {
        return rules.usesAccessibleName();
    }

    /**
     * The decision for {@code node}, given the nearest {@code mask}/{@code unmask} marker
     * among its ancestors and the nearest mask/unmask rule action among them (each
     * {@link PrivacyMarker#NONE} if none): a rule that matches a container applies to what is
     * inside it, as a marker does, but below every marker.
     */
    public Decision decide(ViewNode node, PrivacyMarker inheritedMarker, PrivacyMarker inheritedRule) {
        PrivacyMarker own = node.marker();
        PrivacyMarker rule = rules.isEmpty()
                ? PrivacyMarker.NONE
                : rules.actionFor(node.typeNames(), node.name(), node.accessibleName());
        if (node.has(ViewNode.BLOCKED)
                || own == PrivacyMarker.BLOCK
                || (rule == PrivacyMarker.BLOCK && !isMaskOrUnmask(own))) {
            return new Decision(Action.BLOCK, true, PrivacyMarker.NONE, PrivacyMarker.NONE);
        }
        PrivacyMarker passMarker = isMaskOrUnmask(own) ? own : inheritedMarker;
        PrivacyMarker passRule = isMaskOrUnmask(rule) ? rule : inheritedRule;
        Action action;
        boolean explicit = true;
        if (isMaskOrUnmask(passMarker)) {
            action = passMarker == PrivacyMarker.MASK ? Action.MASK : Action.SHOW;
        } else if (isMaskOrUnmask(passRule)) {
            action = passRule == PrivacyMarker.MASK ? Action.MASK : Action.SHOW;
        } else {
            action = byLevel(node) ? Action.MASK : Action.SHOW;
            explicit = false;
        }
        // A password's content is never read nor written, whatever a marker or rule says.
        if (node.kind() == ViewKind.PASSWORD) action = Action.MASK;
        return new Decision(action, explicit, passMarker, passRule);
    }

    private static boolean isMaskOrUnmask(PrivacyMarker m) {
        return m == PrivacyMarker.MASK || m == PrivacyMarker.UNMASK;
    }

    /** Whether {@code icon} (or, when null, the node's own painting) is replaced by a placeholder. */
    boolean hidesImage(Decision d, int width, int height) {
        if (d.explicitImages) return d.text == Action.MASK;
        switch (images) {
            case NONE:
                return false;
            case ALL:
                return true;
            default:
                return width > LARGE_SIDE || height > LARGE_SIDE;
        }
    }

    /** Above this many pixels in either direction an image counts as large ({@link MaskImages#LARGE}). */
    static final int LARGE_SIDE = 100;

    /**
     * What of {@code text}, drawn by a component with decision {@code d}, may be recorded: all
     * of it masked when the component's text is masked; otherwise any personal data in it
     * (emails, phones, cards, national ids) masked, at every level, unless a marker or rule
     * explicitly unmasked the component.
     */
    String drawnText(Decision d, String text) {
        if (d.text != Action.SHOW) return MaskedText.of(text);
        if (d.explicitImages) return text; // explicitly unmasked
        return SensitiveText.masked(text);
    }

    private boolean byLevel(ViewNode node) {
        switch (level) {
            case CONSERVATIVE:
                return true;
            case MEDIUM:
                return looksEditable(node) || looksSensitive(node);
            default:
                return looksSensitive(node);
        }
    }

    /** Editable or editable-looking text (a read-only field still looks like one). */
    private static boolean looksEditable(ViewNode node) {
        switch (node.kind()) {
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
                return true;
            case COMBO:
                return node.has(ViewNode.EDITABLE);
            default:
                return false;
        }
    }

    private static boolean looksSensitive(ViewNode node) {
        if (node.kind() == ViewKind.PASSWORD) return true;
        if (!looksEditable(node)) return false;
        return SensitiveInput.named(node.name(), node.accessibleName(), node.placeholder())
                || SensitiveInput.hinted(node.inputHint())
                || SensitiveInput.shaped(node.text());
    }

    @Override
    public String toString() {
        return "level=" + level + ", images=" + images + ", rules=" + rules;
    }
}
