package io.tapedeck.examples.fidelity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/**
 * A custom-painted line chart: antialiased path, dashed grid, gradient fill, texts drawn with
 * {@code drawString}. Only its own painting shows it; the texts it draws are published through
 * {@link VisibleTexts#PAINTED_TEXTS} so the check can look for them in the replay.
 */
final class VisitsChart extends JComponent {
    private static final String TITLE = "Weekly visits";
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private final int[] visits = {120, 180, 150, 220, 260, 140, 90};

    VisitsChart() {
        setOpaque(true);
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(300, 140));
    }

    /** The texts it draws at its current size (none when too small to draw), for the camera. */
    private void saysItDraws(boolean drawing) {
        List<String> painted = new ArrayList<>();
        if (drawing) {
            painted.addAll(List.of(TITLE, "0", "300"));
            painted.addAll(List.of(DAYS));
        }
        putClientProperty(VisibleTexts.PAINTED_TEXTS, painted);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            int left = 40;
            int top = 24;
            int width = getWidth() - left - 16;
            int height = getHeight() - top - 24;
            saysItDraws(width >= 40 && height >= 30);
            if (width < 40 || height < 30) {
                return;
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(TITLE, left, 16);
            g.setStroke(
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {3f, 3f}, 0f));
            g.setColor(new Color(0xCCCCCC));
            for (int i = 0; i <= 3; i++) {
                int y = top + height * i / 3;
                g.drawLine(left, y, left + width, y);
            }
            g.setColor(Color.GRAY);
            g.drawString("300", 8, top + 5);
            g.drawString("0", 24, top + height + 5);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D.Double line = new Path2D.Double();
            Path2D.Double area = new Path2D.Double();
            area.moveTo(left, top + height);
            for (int i = 0; i < visits.length; i++) {
                double x = left + width * i / (double) (visits.length - 1);
                double y = top + height - height * visits[i] / 300.0;
                if (i == 0) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
                area.lineTo(x, y);
            }
            area.lineTo(left + width, top + height);
            area.closePath();
            g.setPaint(new GradientPaint(
                    0, top, new Color(60, 120, 180, 110), 0, top + height, new Color(60, 120, 180, 10)));
            g.fill(area);
            g.setColor(new Color(0x3C78B4));
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
            g.setColor(Color.DARK_GRAY);
            for (int i = 0; i < DAYS.length; i++) {
                int x = left + width * i / (DAYS.length - 1);
                g.drawString(DAYS[i], x - g.getFontMetrics().stringWidth(DAYS[i]) / 2, top + height + 16);
            }
        } finally {
            g.dispose();
        }
    }
}
