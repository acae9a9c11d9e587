package io.tapedeck.examples.crm;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;

/**
 * A custom-painted bar chart (revenue bars and a target line): the kind of component a
 * recorder cannot read through a renderer, only through its painting.
 */
final class SalesChart extends JComponent {
    private static final Color BAR = new Color(0x3C78B4);
    private static final Color TARGET = new Color(0xD2691E);
    private static final Color GRID = new Color(0xDDDDDD);
    private SampleData.SalesSeries series;

    SalesChart(SampleData.SalesSeries series) {
        this.series = series;
        setName("salesChart");
        setOpaque(true);
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(640, 360));
    }

    void show(SampleData.SalesSeries shown) {
        series = shown;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            int left = 70;
            int right = 20;
            int top = 36;
            int bottom = 40;
            int width = getWidth() - left - right;
            int height = getHeight() - top - bottom;
            if (width < 50 || height < 50) {
                return;
            }
            FontMetrics fm = g.getFontMetrics();
            g.setColor(Color.DARK_GRAY);
            g.drawString("Revenue \u2014 " + series.period, left, top - 16);

            double max = 0;
            for (int i = 0; i < series.revenue.length; i++) {
                max = Math.max(max, Math.max(series.revenue[i], series.target[i]));
            }
            max = niceCeiling(max);
            for (int step = 0; step <= 4; step++) {
                int y = top + height - (int) Math.round(height * step / 4.0);
                g.setColor(GRID);
                g.drawLine(left, y, left + width, y);
                String label = String.format("$%,.0fk", max * step / 4 / 1000);
                g.setColor(Color.GRAY);
                g.drawString(label, left - 8 - fm.stringWidth(label), y + fm.getAscent() / 2);
            }

            int n = series.labels.length;
            double slot = width / (double) n;
            Path2D.Double targetLine = new Path2D.Double();
            for (int i = 0; i < n; i++) {
                int barHeight = (int) Math.round(height * series.revenue[i] / max);
                int x = left + (int) Math.round(i * slot + slot * 0.2);
                int barWidth = (int) Math.round(slot * 0.6);
                g.setColor(BAR);
                g.fillRect(x, top + height - barHeight, barWidth, barHeight);
                g.setColor(Color.DARK_GRAY);
                String label = series.labels[i];
                g.drawString(label, x + (barWidth - fm.stringWidth(label)) / 2, top + height + fm.getAscent() + 6);
                double cx = left + i * slot + slot / 2;
                double cy = top + height - height * series.target[i] / max;
                if (i == 0) {
                    targetLine.moveTo(cx, cy);
                } else {
                    targetLine.lineTo(cx, cy);
                }
            }
            g.setColor(TARGET);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(targetLine);
            g.setColor(Color.DARK_GRAY);
            g.drawLine(left, top + height, left + width, top + height);
        } finally {
            g.dispose();
        }
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1))));
        return Math.ceil(value / magnitude * 2) / 2 * magnitude;
    }
}
