package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.testing.Edt;
import java.awt.BorderLayout;
import java.awt.Graphics;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javax.swing.JComponent;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/**
 * Whether a component is recorded as its painting or drawn from its properties depends on the
 * work its painting does, not on how loaded the machine is: the same window must record the same
 * way in every run (a JTable in the gallery was its painting in one fidelity run and its cells'
 * properties in the next, because the EDT waited for a core for 45 ms while painting it).
 */
class PaintingCostTest extends SwingTestSupport {
    private static final long SLOW_MS = SwingDrawings.SLOW_NANOS / 1_000_000 + 20;

    /** Paints a word; how long its painting takes, and on what, is up to the test. */
    static final class Painted extends JComponent {
        /** Waits off the CPU while painting, as an EDT does that the OS keeps waiting for a core. */
        volatile boolean waits;
        /** Works on the CPU while painting, as a big chart does. */
        volatile boolean works;

        @Override
        protected void paintComponent(Graphics g) {
            if (waits) {
                try {
                    Thread.sleep(SLOW_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (works) burnCpu(SLOW_MS * 1_000_000);
            g.drawString("painted", 5, 15);
        }
    }

    /** Spins until this thread has spent {@code nanos} of CPU time (however long the wall says). */
    static void burnCpu(long nanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + nanos;
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < until) {
            for (int i = 0; i < 10_000; i++) sink += i ^ sink;
        }
        if (sink == 42) System.out.print(""); // keeps the loop from being optimised away
    }

    private Painted shown() throws Exception {
        Painted c = new Painted();
        Edt.run(() -> frame(
                "Cost",
                new JPanel(new BorderLayout()) {
                    {
                        add(c);
                    }
                },
                40,
                40,
                200,
                120));
        Edt.flush();
        return c;
    }

    private static boolean isPainting(Drawing d) {
        return d != null
                && d.elements().stream().anyMatch(e -> e.role() == DrawElement.Role.TEXT && "painted".equals(e.text()));
    }

    @Test
    void aPaintingThatWaitsForACoreIsRecordedEveryTime() throws Exception {
        SwingDrawings drawings = new SwingDrawings();
        Painted c = shown();
        c.waits = true;
        for (int i = 0; i < 2 * SwingDrawings.SLOW_STRIKES; i++) {
            Drawing d = Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false));
            assertTrue(isPainting(d), "recording " + (i + 1) + " is the painting, not the properties: " + d);
        }
    }

    @Test
    void aPaintingThatWorksTheCpuEveryTimeIsGivenUpOn() throws Exception {
        SwingDrawings drawings = new SwingDrawings();
        Painted c = shown();
        c.works = true;
        for (int i = 1; i < SwingDrawings.SLOW_STRIKES; i++) {
            assertNotNull(Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false)), "slow recording " + i);
        }
        assertNull(Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false)), "drawn from its properties");
        c.works = false;
        assertNull(Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false)), "and stays so");
    }

    @Test
    void aFastPaintingBetweenSlowOnesKeepsTheClassRecorded() throws Exception {
        SwingDrawings drawings = new SwingDrawings();
        Painted c = shown();
        for (int round = 0; round < 2; round++) {
            c.works = true; // the first paintings of a class pay for class loading and fonts
            for (int i = 1; i < SwingDrawings.SLOW_STRIKES; i++) {
                assertTrue(
                        isPainting(Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false))),
                        "slow, round " + round);
            }
            c.works = false;
            assertTrue(
                    isPainting(Edt.call(() -> drawings.record(c, ViewKind.CUSTOM, 1, false))), "fast, round " + round);
        }
    }
}
