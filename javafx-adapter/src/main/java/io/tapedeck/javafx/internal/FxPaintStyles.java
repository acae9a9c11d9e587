package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.DrawElement;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.paint.Stop;

/**
 * JavaFX paints as SVG: a colour as {@code #rrggbb} plus an opacity attribute, a linear or
 * radial gradient as a definition the element references by id (JavaFX's proportional
 * gradients are SVG's objectBoundingBox ones, absolute ones userSpaceOnUse). Image patterns
 * are not supported: such a fill is left out.
 */
final class FxPaintStyles {
    private FxPaintStyles() {}

    /**
     * Adds {@code how} ({@code fill} or {@code stroke}) and its opacity for {@code paint} to
     * {@code a}, defining a gradient in {@code out} if needed.
     *
     * @return false when the paint draws nothing (null, transparent, unsupported)
     */
    static boolean paint(String how, Paint paint, FxDrawingOut.Attrs a, FxDrawingOut out) {
        String ref = ref(paint, out);
        if (ref == null) return false;
        a.add(how, ref);
        if (paint instanceof Color && ((Color) paint).getOpacity() < 0.999)
            a.num(how + "-opacity", ((Color) paint).getOpacity());
        return true;
    }

    /** Whether {@code paint} would draw something (without defining anything). */
    static boolean visible(Paint paint) {
        return paint instanceof Color
                ? ((Color) paint).getOpacity() > 0
                : paint instanceof LinearGradient || paint instanceof RadialGradient;
    }

    /** {@code #rrggbb} or {@code url(#id)} of a gradient added to {@code out}; null for no paint. */
    static String ref(Paint paint, FxDrawingOut out) {
        if (paint instanceof Color) return color(paint);
        if (paint instanceof LinearGradient) {
            LinearGradient g = (LinearGradient) paint;
            String id = out.newId();
            FxDrawingOut.Attrs a = new FxDrawingOut.Attrs()
                    .add("id", id)
                    .num("x1", g.getStartX())
                    .num("y1", g.getStartY())
                    .num("x2", g.getEndX())
                    .num("y2", g.getEndY());
            if (!g.isProportional()) a.add("gradientUnits", "userSpaceOnUse");
            spread(a, g.getCycleMethod());
            out.definition(DrawElement.definition("linearGradient", stops(g.getStops()), a.array()));
            return "url(#" + id + ")";
        }
        if (paint instanceof RadialGradient) {
            RadialGradient g = (RadialGradient) paint;
            String id = out.newId();
            FxDrawingOut.Attrs a = new FxDrawingOut.Attrs()
                    .add("id", id)
                    .num("cx", g.getCenterX())
                    .num("cy", g.getCenterY())
                    .num("r", g.getRadius());
            if (g.getFocusDistance() != 0) {
                double angle = Math.toRadians(g.getFocusAngle()), d = g.getFocusDistance() * g.getRadius();
                a.num("fx", g.getCenterX() + d * Math.cos(angle)).num("fy", g.getCenterY() + d * Math.sin(angle));
            }
            if (!g.isProportional()) a.add("gradientUnits", "userSpaceOnUse");
            spread(a, g.getCycleMethod());
            out.definition(DrawElement.definition("radialGradient", stops(g.getStops()), a.array()));
            return "url(#" + id + ")";
        }
        return null;
    }

    private static void spread(FxDrawingOut.Attrs a, CycleMethod cycle) {
        if (cycle == CycleMethod.REFLECT) a.add("spreadMethod", "reflect");
        else if (cycle == CycleMethod.REPEAT) a.add("spreadMethod", "repeat");
    }

    private static List<DrawElement> stops(List<Stop> stops) {
        List<DrawElement> out = new ArrayList<>(stops.size());
        for (Stop stop : stops) {
            Color c = stop.getColor();
            FxDrawingOut.Attrs a =
                    new FxDrawingOut.Attrs().num("offset", stop.getOffset()).add("stop-color", hex(c));
            if (c.getOpacity() < 0.999) a.num("stop-opacity", c.getOpacity());
            out.add(DrawElement.shape("stop", a.array()));
        }
        return out;
    }

    /** {@code #rrggbb} of a visible colour; null for no paint, a clear colour or a non-colour paint. */
    static String color(Paint paint) {
        if (!(paint instanceof Color) || ((Color) paint).getOpacity() == 0) return null;
        return hex((Color) paint);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static String hex(Color c) {
        char[] out = new char[7];
        out[0] = '#';
        channel(out, 1, c.getRed());
        channel(out, 3, c.getGreen());
        channel(out, 5, c.getBlue());
        return new String(out);
    }

    private static void channel(char[] out, int at, double v) {
        int b = (int) Math.round(v * 255);
        out[at] = HEX[(b >> 4) & 0xF];
        out[at + 1] = HEX[b & 0xF];
    }

    /** Two decimals, no trailing zeros: screen coordinates need no more. */
    static String num(double v) {
        return fixed(v, 100);
    }

    /** Four decimals, for the rotation/scale terms of a matrix. */
    static String num4(double v) {
        return fixed(v, 10000);
    }

    /** {@code v} rounded to 1/{@code scale} in plain decimal notation, trailing zeros dropped (hot: no String.format). */
    private static String fixed(double v, int scale) {
        long units = Math.round(v * scale);
        if (units % scale == 0) return Long.toString(units / scale);
        StringBuilder sb = new StringBuilder(12);
        if (units < 0) {
            sb.append('-');
            units = -units;
        }
        sb.append(units / scale).append('.');
        long frac = units % scale;
        for (int div = scale / 10; div > 0 && frac > 0; div /= 10) {
            sb.append((char) ('0' + frac / div));
            frac %= div;
        }
        return sb.toString();
    }
}
