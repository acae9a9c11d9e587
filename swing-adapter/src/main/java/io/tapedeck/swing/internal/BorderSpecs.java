package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.BorderSpec;
import io.tapedeck.core.internal.view.BorderSpec.Style;
import java.awt.Color;
import java.awt.Component;
import java.awt.Insets;
import javax.swing.UIManager;
import javax.swing.border.BevelBorder;
import javax.swing.border.Border;
import javax.swing.border.CompoundBorder;
import javax.swing.border.EtchedBorder;
import javax.swing.border.LineBorder;
import javax.swing.border.MatteBorder;
import javax.swing.border.TitledBorder;

/** Swing borders as toolkit-free {@link BorderSpec}s: the insets, plus a style where one fits. */
final class BorderSpecs {
    private BorderSpecs() {}

    static BorderSpec of(Border border, Component c) {
        if (border == null) return null;
        Insets in = border.getBorderInsets(c);
        BorderSpec line = lineOf(border, c);
        String title = titleOf(border);
        if (line == null) return new BorderSpec(in.top, in.left, in.bottom, in.right, Style.NONE, 0, 0, title);
        return new BorderSpec(in.top, in.left, in.bottom, in.right, line.style(), line.argb(), line.thickness(), title);
    }

    private static String titleOf(Border border) {
        if (border instanceof TitledBorder) return ((TitledBorder) border).getTitle();
        if (border instanceof CompoundBorder) {
            CompoundBorder cb = (CompoundBorder) border;
            String outer = titleOf(cb.getOutsideBorder());
            return outer != null ? outer : titleOf(cb.getInsideBorder());
        }
        return null;
    }

    /** The visible line of a border (insets ignored), or null when it draws nothing we know. */
    private static BorderSpec lineOf(Border border, Component c) {
        if (border instanceof LineBorder) {
            LineBorder lb = (LineBorder) border;
            return line(Style.LINE, lb.getLineColor(), lb.getThickness());
        }
        if (border instanceof MatteBorder) {
            MatteBorder mb = (MatteBorder) border;
            if (mb.getMatteColor() == null) return null;
            Insets in = mb.getBorderInsets();
            int thickness = Math.max(Math.max(in.top, in.bottom), Math.max(in.left, in.right));
            return line(Style.LINE, mb.getMatteColor(), thickness);
        }
        if (border instanceof EtchedBorder) {
            EtchedBorder eb = (EtchedBorder) border;
            Color shadow = eb.getShadowColor(c);
            return line(Style.ETCHED, shadow, 2);
        }
        if (border instanceof BevelBorder) {
            BevelBorder bb = (BevelBorder) border;
            boolean raised = bb.getBevelType() == BevelBorder.RAISED;
            return line(raised ? Style.RAISED : Style.LOWERED, bb.getShadowOuterColor(c), 2);
        }
        if (border instanceof TitledBorder) {
            Border inner = ((TitledBorder) border).getBorder();
            if (inner == null) inner = UIManager.getBorder("TitledBorder.border");
            return inner == null || inner instanceof TitledBorder ? null : lineOf(inner, c);
        }
        if (border instanceof CompoundBorder) {
            CompoundBorder cb = (CompoundBorder) border;
            BorderSpec outer = cb.getOutsideBorder() == null ? null : lineOf(cb.getOutsideBorder(), c);
            if (outer != null) return outer;
            return cb.getInsideBorder() == null ? null : lineOf(cb.getInsideBorder(), c);
        }
        return null;
    }

    private static BorderSpec line(Style style, Color color, int thickness) {
        return new BorderSpec(0, 0, 0, 0, style, color == null ? 0 : color.getRGB(), thickness, null);
    }
}
