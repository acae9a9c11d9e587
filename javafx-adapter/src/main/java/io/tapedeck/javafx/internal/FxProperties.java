package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.FontSpec;
import io.tapedeck.core.internal.view.ViewNode;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A node described by its properties, for {@code tapedeck.recordPainting=false}: the colour of
 * its background (a gradient's middle stop), its text colour and its font, as CSS resolved them.
 * Also where the adapter reads a colour from a {@link Paint} wherever it needs one.
 */
final class FxProperties {
    private FxProperties() {}

    static void describe(Node n, ViewNode.Builder b) {
        int background = background(n);
        if ((background >>> 24) != 0) b.background(background).flag(ViewNode.OPAQUE, (background >>> 24) == 0xFF);
        Paint textFill =
                n instanceof Labeled ? ((Labeled) n).getTextFill() : n instanceof Text ? ((Text) n).getFill() : null;
        int foreground = argb(textFill);
        if ((foreground >>> 24) != 0) b.foreground(foreground);
        Font font = n instanceof Labeled
                ? ((Labeled) n).getFont()
                : n instanceof TextInputControl
                        ? ((TextInputControl) n).getFont()
                        : n instanceof Text ? ((Text) n).getFont() : null;
        if (font != null) {
            String weight = FxFontFamilies.weight(font);
            boolean bold = weight != null && (weight.equals("bold") || Integer.parseInt(weight) >= 600);
            b.font(new FontSpec(
                    FxFontFamilies.family(font), (float) font.getSize(), bold, FxFontFamilies.italic(font)));
        }
    }

    /** The topmost visible layer of a region's background (ARGB), 0 for none. */
    static int background(Node n) {
        if (!(n instanceof Region) || ((Region) n).getBackground() == null) return 0;
        int last = 0;
        for (BackgroundFill fill : ((Region) n).getBackground().getFills()) {
            int c = argb(fill.getFill());
            if ((c >>> 24) != 0) last = c; // the topmost layer shows; Modena's last fill is the face
        }
        return last;
    }

    /** A colour as ARGB; a gradient as its middle stop; 0 for anything else. */
    static int argb(Paint paint) {
        java.util.List<Stop> stops = paint instanceof LinearGradient
                ? ((LinearGradient) paint).getStops()
                : paint instanceof RadialGradient ? ((RadialGradient) paint).getStops() : null;
        return color(
                stops != null && !stops.isEmpty() ? stops.get(stops.size() / 2).getColor() : paint);
    }

    /** A plain colour as ARGB; 0 for anything else (a gradient, an image pattern, none). */
    static int color(Paint paint) {
        if (!(paint instanceof Color)) return 0;
        Color c = (Color) paint;
        return ((int) Math.round(c.getOpacity() * 255) << 24)
                | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
