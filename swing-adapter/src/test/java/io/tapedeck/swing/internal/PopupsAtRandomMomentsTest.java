package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Point;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import javax.swing.JComponent;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JToolTip;
import javax.swing.Popup;
import javax.swing.PopupFactory;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.junit.jupiter.api.Test;

/**
 * Popups shown at random moments while the EDT budget is being spent: each must be in the
 * recording while it shows, and gone from it once hidden. A chart that is slow to paint
 * repaints now and then, and recording it spends the whole budget for a second; a popup held
 * back for that second shows late, and one that closes sooner is never recorded at all (the
 * fidelity check's "window not in the replay"). The budget is 2 ms a second against a 5 ms
 * painting: the default 20 ms against a slow 50 ms chart, at a tenth of the time (and far from
 * the 40 ms after which a painting is no longer recorded).
 */
class PopupsAtRandomMomentsTest extends SwingTestSupport {
    private static final int POPUPS = 200;
    /**
     * How long a popup waits to be recorded (and, hidden, to be gone): shorter than the budget's
     * one-second window, so a capture held back by the budget misses it, as it would miss a
     * popup a user closes within the second; far longer than the 50 ms between captures.
     */
    private static final long SHOWN_MS = 750;
    /** EDT time captures may spend per second. */
    private static final int BUDGET_MS = 2;
    /** The chart's painting: more than the whole EDT budget of a second, at every repaint. */
    private static final long CHART_PAINT_MS = 5;

    /** The kinds of popup Swing makes, and whether it makes them a window of their own. */
    private enum Kind {
        MENU_LIGHTWEIGHT,
        MENU_MEDIUMWEIGHT,
        MENU_HEAVYWEIGHT,
        TOOLTIP_LIGHTWEIGHT,
        TOOLTIP_HEAVYWEIGHT
    }

    /** A chart that takes {@link #CHART_PAINT_MS} to paint, as a big one would. */
    static final class SlowChart extends JComponent {
        int frame;

        @Override
        protected void paintComponent(Graphics g) {
            long until = System.nanoTime() + CHART_PAINT_MS * 1_000_000;
            while (System.nanoTime() < until) Thread.onSpinWait();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setColor(Color.BLUE);
            for (int x = 0; x < getWidth(); x += 10)
                g.drawLine(x, getHeight(), x + 10, (x * 7 + frame * 13) % getHeight());
        }
    }

    @Test
    void everyPopupShownAtARandomMomentIsRecordedWhileItShows() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        JPanel[] owner = new JPanel[1];
        JPopupMenu[] menus = new JPopupMenu[2];
        JToolTip[] tip = new JToolTip[1];
        SlowChart[] chart = new SlowChart[1];
        Edt.run(() -> {
            JPanel root = new JPanel(null);
            owner[0] = new JPanel(null);
            owner[0].setBounds(0, 0, 300, 200);
            root.add(owner[0]);
            chart[0] = new SlowChart();
            chart[0].setBounds(0, 200, 300, 100);
            root.add(chart[0]);
            frame("Popups", root, 20, 20, 320, 340);
            menus[0] = new JPopupMenu();
            menus[0].add(new JMenuItem("item"));
            menus[1] = new JPopupMenu();
            menus[1].setLightWeightPopupEnabled(false); // inside the frame: a medium-weight panel
            menus[1].add(new JMenuItem("item"));
            tip[0] = new JToolTip();
        });
        // The app repaints its chart at random moments, a few times a second.
        Timer redraw = new Timer(0, null);
        redraw.addActionListener(e -> {
            chart[0].frame++;
            chart[0].repaint();
            redraw.setInitialDelay(100 + random.nextInt(300));
            redraw.restart();
        });
        redraw.setRepeats(false);
        Edt.run(redraw::start);
        try {
            // Painting recorded (the default), 20 captures a second (the tests' rate), no resync to help.
            record(new CaptureSettings(20, BUDGET_MS, 3600, PrivacyPolicy.defaults(), true));
            sink.await(n -> n.children().size() == 1, 5000, "the frame");

            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < POPUPS; i++) {
                Thread.sleep(random.nextInt(60)); // a random moment, relative to the chart's repaints
                Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
                String text = "popup " + i;
                int x = random.nextInt(120);
                int y = random.nextInt(80);
                Popup[] shownTip = new Popup[1];
                long shownAt = System.nanoTime();
                Edt.run(() -> {
                    switch (kind) {
                        case MENU_LIGHTWEIGHT:
                        case MENU_MEDIUMWEIGHT: {
                            JPopupMenu menu = menus[kind == Kind.MENU_LIGHTWEIGHT ? 0 : 1];
                            ((JMenuItem) menu.getComponent(0)).setText(text);
                            menu.show(owner[0], x, y);
                            break;
                        }
                        case MENU_HEAVYWEIGHT: // past the frame's right edge: a window (Swing's cached one after the
                            // first)
                            ((JMenuItem) menus[0].getComponent(0)).setText(text);
                            menus[0].show(owner[0], 290 + x, y);
                            break;
                        default: { // as ToolTipManager shows a tip
                            tip[0].setTipText(text);
                            tip[0].setSize(tip[0].getPreferredSize());
                            Point at = new Point(kind == Kind.TOOLTIP_HEAVYWEIGHT ? 290 + x : x, y);
                            SwingUtilities.convertPointToScreen(at, owner[0]);
                            shownTip[0] = PopupFactory.getSharedInstance().getPopup(owner[0], tip[0], at.x, at.y);
                            shownTip[0].show();
                            break;
                        }
                    }
                });
                Predicate<ViewNode> showing = kind.name().startsWith("TOOLTIP")
                        ? n -> ViewTrees.find(n, v -> JToolTip.class.getName().equals(v.className()))
                                .isPresent()
                        : n -> ViewTrees.withText(n, text).isPresent();
                awaitRecorded(showing, kind + " " + text + " shown (seed " + seed + ")");
                latencies.add((System.nanoTime() - shownAt) / 1_000_000);

                Edt.run(() -> {
                    if (shownTip[0] != null) shownTip[0].hide();
                    for (JPopupMenu menu : menus) menu.setVisible(false);
                });
                awaitRecorded(showing.negate(), kind + " " + text + " hidden (seed " + seed + ")");
            }
            Collections.sort(latencies);
            System.out.printf(
                    "%d popups recorded; from show to recorded: median %d ms, max %d ms; %d captures skipped for the budget%n",
                    POPUPS, latencies.get(POPUPS / 2), latencies.get(POPUPS - 1), recorder.skippedForBudget());
            assertTrue(
                    recorder.skippedForBudget() > 0, "the chart kept the EDT budget spent, as it should for this test");
            assertTrue(recorder.isCapturing());
        } finally {
            Edt.run(redraw::stop);
        }
    }

    /** The latest snapshot satisfies {@code condition} within {@link #SHOWN_MS}, or the test fails. */
    private void awaitRecorded(Predicate<ViewNode> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + SHOWN_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            ViewNode n = sink.latest();
            if (n != null && condition.test(n)) return;
            Thread.sleep(5);
        }
        throw new AssertionError("not recorded within " + SHOWN_MS + " ms: " + what
                + "; captures skipped for the budget: " + recorder.skippedForBudget());
    }
}
