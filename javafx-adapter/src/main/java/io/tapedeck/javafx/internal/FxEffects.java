package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.DrawElement;
import java.util.List;
import javafx.scene.effect.DropShadow;
import javafx.scene.effect.Effect;
import javafx.scene.paint.Color;

/**
 * A node's effect as an SVG filter, where that is cheap and close: a {@link DropShadow}
 * becomes an {@code feDropShadow} (JavaFX's blur radius is about three standard deviations).
 * Every other effect ({@code InnerShadow}, blurs, lighting, chains through an input) is left
 * out: the node is drawn without it. Blend modes are ignored.
 */
final class FxEffects {
    private FxEffects() {}

    /** {@code url(#id)} of a filter defined in {@code out} for the effect, or null for none. */
    static String filter(Effect effect, FxDrawingOut out) {
        if (!(effect instanceof DropShadow)) return null;
        DropShadow s = (DropShadow) effect;
        if (s.getInput() != null) return null;
        Color c = s.getColor();
        if (c == null || c.getOpacity() == 0) return null;
        String id = out.newId();
        FxDrawingOut.Attrs shadow = new FxDrawingOut.Attrs()
                .num("dx", s.getOffsetX())
                .num("dy", s.getOffsetY())
                .num("stdDeviation", Math.max(0, s.getRadius()) / 3)
                .add("flood-color", FxPaintStyles.hex(c));
        if (c.getOpacity() < 0.999) shadow.num("flood-opacity", c.getOpacity());
        // The default filter region (10 % around the element) would cut the shadow off.
        out.definition(DrawElement.definition(
                "filter",
                List.of(DrawElement.shape("feDropShadow", shadow.array())),
                "id",
                id,
                "x",
                "-50%",
                "y",
                "-50%",
                "width",
                "200%",
                "height",
                "200%"));
        return "url(#" + id + ")";
    }
}
