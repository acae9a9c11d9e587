package io.tapedeck.examples.crm;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.HierarchyEvent;
import java.awt.geom.Path2D;
import java.util.Random;
import javax.swing.JComponent;
import javax.swing.Timer;

/**
 * "Orders per minute, live": a sparkline that takes a new value and redraws every second
 * while it is showing — the kind of always-moving custom painting trading desks and
 * dashboards have. The values are pseudo-random from a fixed seed, so runs are comparable.
 */
final class LiveOrdersChart extends JComponent {
    static final int POINTS = 60;
    private static final Color LINE = new Color(0x2E8B57);
    private static final Color FILL = new Color(0x2E8B57, false).brighter();
    private final int[] values = new int[POINTS];
    private final Random random = new Random(42);
    private final Timer timer = new Timer(1000, e -> tick());
    private int ticks;

    LiveOrdersChart() {
        setName("liveOrders");
        setOpaque(true);
        setBackground(Color.WHITE);
        setPreferredSize(new Dimension(300, 44));
        for (int i = 0; i < POINTS; i++) values[i] = next(40);
        // Only tick while visible: a hidden dashboard costs nothing.
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) == 0) return;
            if (isShowing()) timer.start();
            else timer.stop();
        });
    }

    private int next(int around) {
        return Math.max(5, Math.min(95, around + random.nextInt(21) - 10));
    }

    private void tick() {
        System.arraycopy(values, 1, values, 0, POINTS - 1);
        values[POINTS - 1] = next(values[POINTS - 2]);
        ticks++;
        repaint();
    }

    /** Seconds ticked so far (for the autopilot's log). */
    int ticks() {
        return ticks;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int w = getWidth(), h = getHeight();
            g.setColor(getBackground());
            g.fillRect(0, 0, w, h);
            g.setColor(new Color(0xCCCCCC));
            g.drawRect(0, 0, w - 1, h - 1);
            int labelWidth = 110;
            g.setColor(Color.DARK_GRAY);
            g.drawString("Orders/min (live)", 6, 17);
            g.setFont(g.getFont().deriveFont(16f));
            g.setColor(LINE);
            g.drawString(Integer.toString(values[POINTS - 1]), 6, 37);
            int plotW = w - labelWidth - 8, plotH = h - 8;
            Path2D line = new Path2D.Float();
            for (int i = 0; i < POINTS; i++) {
                float x = labelWidth + plotW * i / (float) (POINTS - 1);
                float y = 4 + plotH * (1 - values[i] / 100f);
                if (i == 0) line.moveTo(x, y);
                else line.lineTo(x, y);
            }
            Path2D area = new Path2D.Float(line);
            area.lineTo(labelWidth + plotW, h - 4);
            area.lineTo(labelWidth, h - 4);
            area.closePath();
            g.setColor(new Color(FILL.getRed(), FILL.getGreen(), FILL.getBlue(), 60));
            g.fill(area);
            g.setColor(LINE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(line);
        } finally {
            g.dispose();
        }
    }
}
