package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import java.util.List;
import javafx.scene.Node;

/**
 * A node's privacy marker: set from code ({@code Tapedeck.mask/unmask/block(node)}, kept by
 * core's {@link Markers}) or by the style classes {@code tapedeck-mask}, {@code tapedeck-unmask}
 * and {@code tapedeck-block}; the code's marker wins.
 */
final class FxPrivacyFacts {
    static final String MASK = "tapedeck-mask";
    static final String UNMASK = "tapedeck-unmask";
    static final String BLOCK = "tapedeck-block";

    private FxPrivacyFacts() {}

    static PrivacyMarker of(Node n) {
        PrivacyMarker fromCode = Markers.of(n);
        if (fromCode != PrivacyMarker.NONE) return fromCode;
        if (n.getStyleClass().isEmpty()) return PrivacyMarker.NONE;
        if (n.getStyleClass().contains(BLOCK)) return PrivacyMarker.BLOCK;
        if (n.getStyleClass().contains(MASK)) return PrivacyMarker.MASK;
        if (n.getStyleClass().contains(UNMASK)) return PrivacyMarker.UNMASK;
        return PrivacyMarker.NONE;
    }

    /**
     * Whether the app unmasked exactly this node, by a marker (code or style class) or a rule:
     * what opens content that is blocked by default (a {@code WebView}'s page).
     */
    static boolean explicitlyUnmasked(PrivacyMarker own, PrivacyPolicy privacy, List<String> types, String name) {
        if (own == PrivacyMarker.UNMASK) return true;
        if (own != PrivacyMarker.NONE) return false;
        return !privacy.rules().isEmpty() && privacy.rules().actionFor(types, name, null) == PrivacyMarker.UNMASK;
    }
}
