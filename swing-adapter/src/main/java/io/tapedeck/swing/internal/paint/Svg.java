package io.tapedeck.swing.internal.paint;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * SVG syntax for recorded painting: compact numbers (at most two decimals, no trailing
 * zeros), colours, matrices, path data, and an attribute list builder. Runs on the EDT for
 * every element, so it avoids {@code String.format} and boxing.
 */
final class Svg {
    private Svg() {}

    /** Appends {@code v} rounded to hundredths, without trailing zeros ("-0" is "0"). */
    static StringBuilder num(StringBuilder sb, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return sb.append('0');
        long hundredths = Math.round(v * 100);
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        int frac = (int) (hundredths % 100);
        if (frac != 0) {
            sb.append('.');
            if (frac < 10) sb.append('0').append(frac);
            else if (frac % 10 == 0) sb.append(frac / 10);
            else sb.append(frac);
        }
        return sb;
    }

    static String num(double v) {
        return num(new StringBuilder(8), v).toString();
    }

    /** {@code #rrggbb}, or {@code #rgb} when that is the same colour; alpha is separate. */
    static String color(Color c) {
        int rgb = c.getRGB() & 0xFFFFFF;
        int r = rgb >> 16, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
        StringBuilder sb = new StringBuilder(7).append('#');
        if (r % 17 == 0 && g % 17 == 0 && b % 17 == 0) {
            sb.append(hex(r / 17)).append(hex(g / 17)).append(hex(b / 17));
        } else {
            sb.append(hex(r >> 4))
                    .append(hex(r & 15))
                    .append(hex(g >> 4))
                    .append(hex(g & 15))
                    .append(hex(b >> 4))
                    .append(hex(b & 15));
        }
        return sb.toString();
    }

    private static char hex(int n) {
        return (char) (n < 10 ? '0' + n : 'a' + n - 10);
    }

    /** An opacity in 0..1 as SVG text (three decimals would be noise: 256 levels need 2-3). */
    static String opacity(double a) {
        long thousandths = Math.round(Math.max(0, Math.min(1, a)) * 1000);
        if (thousandths == 1000) return "1";
        StringBuilder sb = new StringBuilder(5).append("0.");
        String digits = Long.toString(1000 + thousandths).substring(1);
        int end = 3;
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return sb.append(digits, 0, end).toString();
    }

    static String matrix(AffineTransform t) {
        StringBuilder sb = new StringBuilder(48).append("matrix(");
        num(sb, t.getScaleX()).append(' ');
        num(sb, t.getShearY()).append(' ');
        num(sb, t.getShearX()).append(' ');
        num(sb, t.getScaleY()).append(' ');
        num(sb, t.getTranslateX()).append(' ');
        num(sb, t.getTranslateY());
        return sb.append(')').toString();
    }

    /** Matrix entries need more precision than coordinates: scale factors like 0.333 matter. */
    static String preciseMatrix(AffineTransform t) {
        double[] m = new double[6];
        t.getMatrix(m);
        StringBuilder sb = new StringBuilder(64).append("matrix(");
        for (int i = 0; i < 6; i++) {
            if (i > 0) sb.append(' ');
            if (i < 4) {
                double r = Math.round(m[i] * 10000) / 10000.0;
                sb.append(r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r));
            } else {
                num(sb, m[i]);
            }
        }
        return sb.append(')').toString();
    }

    /** {@link #pathData} found a subpath that is not closed (line caps show). */
    static final int OPEN = 1;
    /** {@link #pathData} found a curve or a line that is neither horizontal nor vertical. */
    static final int SLANTED = 2;

    /**
     * Path data of {@code it}; {@code snap} adjusts each coordinate (null: none); {@code info}
     * (may be null) receives {@link #OPEN} and {@link #SLANTED} flags in its first slot.
     */
    static String pathData(PathIterator it, Snap snap, int[] info) {
        int flags = 0;
        boolean subpathOpen = false;
        double lastX = 0, lastY = 0, startX = 0, startY = 0;
        StringBuilder sb = new StringBuilder(64);
        double[] c = new double[6];
        double[] delta = new double[2]; // how far the previous end point moved when snapped
        char last = 0;
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            char cmd;
            int n;
            switch (type) {
                case PathIterator.SEG_MOVETO:
                    cmd = 'M';
                    n = 1;
                    break;
                case PathIterator.SEG_LINETO:
                    cmd = 'L';
                    n = 1;
                    break;
                case PathIterator.SEG_QUADTO:
                    cmd = 'Q';
                    n = 2;
                    break;
                case PathIterator.SEG_CUBICTO:
                    cmd = 'C';
                    n = 3;
                    break;
                default:
                    cmd = 'Z';
                    n = 0;
                    break;
            }
            if (cmd == 'M') {
                if (subpathOpen) flags |= OPEN;
                subpathOpen = false;
                startX = c[0];
                startY = c[1];
            } else if (cmd == 'Z') {
                subpathOpen = false;
                lastX = startX;
                lastY = startY;
            } else {
                subpathOpen = true;
                if (cmd != 'L' || (c[0] != lastX && c[1] != lastY)) flags |= SLANTED;
            }
            if (n > 0) {
                lastX = c[2 * n - 2];
                lastY = c[2 * n - 1];
            }
            boolean repeated = cmd == last && (cmd == 'L' || cmd == 'Q' || cmd == 'C');
            last = cmd;
            if (!repeated) sb.append(cmd);
            if (snap != null && n > 0) snapSegment(c, n, snap, delta);
            for (int i = 0; i < n; i++) {
                double x = c[2 * i], y = c[2 * i + 1];
                if (repeated || i > 0) separate(sb, x, ' ');
                num(sb, x);
                separate(sb, y, ',');
                num(sb, y);
            }
            it.next();
        }
        if (subpathOpen) flags |= OPEN;
        if (info != null) info[0] = flags;
        return sb.toString();
    }

    /**
     * Snaps a segment's end point and moves its control points along with the end points they
     * belong to, as Java2D's normalising path iterator does (snapping control points on their
     * own would dent curves).
     */
    private static void snapSegment(double[] c, int n, Snap snap, double[] delta) {
        int end = 2 * (n - 1);
        double ex = snap.apply(c[end]) - c[end], ey = snap.apply(c[end + 1]) - c[end + 1];
        if (n == 2) {
            c[0] += (delta[0] + ex) / 2;
            c[1] += (delta[1] + ey) / 2;
        } else if (n == 3) {
            c[0] += delta[0];
            c[1] += delta[1];
            c[2] += ex;
            c[3] += ey;
        }
        c[end] += ex;
        c[end + 1] += ey;
        delta[0] = ex;
        delta[1] = ey;
    }

    /** A separator before {@code next}, unless its minus sign already separates it. */
    private static void separate(StringBuilder sb, double next, char separator) {
        if (Math.round(next * 100) >= 0) sb.append(separator);
    }

    /** How stroke coordinates are moved to emulate Java2D's stroke normalisation. */
    enum Snap {
        /** Antialiased strokes: to the pixel centre. */
        CENTRE {
            double apply(double c) {
                return Math.floor(c) + 0.5;
            }
        },
        /** Non-antialiased wide strokes: to the nearest quarter below. */
        QUARTER {
            double apply(double c) {
                return Math.floor(c + 0.25) + 0.25;
            }
        },
        /** Non-antialiased thin lines: the pixel they light up, at its centre. */
        PIXEL {
            double apply(double c) {
                return Math.floor(c + 0.25) + 0.5;
            }
        };

        abstract double apply(double c);
    }

    /** Name/value pairs in order, for {@code DrawElement}'s varargs. */
    static final class Attrs {
        private final List<String> list = new ArrayList<>(16);

        Attrs add(String name, String value) {
            if (value != null) {
                list.add(name);
                list.add(value);
            }
            return this;
        }

        Attrs num(String name, double v) {
            return add(name, Svg.num(v));
        }

        String[] toArray() {
            return list.toArray(new String[0]);
        }
    }
}
