package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.RepaintManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Components recorded as their own painting: what is recorded, when, and what happens when it fails. */
class PaintingCaptureTest extends SwingTestSupport {
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private Consumer<String> previousLog;

    @BeforeEach
    void catchLog() {
        previousLog = Log.swapSinkForTests(logLines::add);
    }

    @AfterEach
    void restoreLog() {
        Log.swapSinkForTests(previousLog);
    }

    private SwingRecorder recordPainting() {
        return record(new CaptureSettings(20, 1000, 3600, PrivacyPolicy.defaults(), true));
    }

    private static List<String> texts(ViewNode n) {
        Drawing d = n.drawing();
        assertNotNull(d, "no painting recorded for " + n);
        return d.elements().stream()
                .filter(e -> e.role() == DrawElement.Role.TEXT)
                .map(DrawElement::text)
                .collect(Collectors.toList());
    }

    private static String allDrawnText(ViewNode root) {
        StringBuilder sb = new StringBuilder();
        ViewTrees.walk(root, n -> {
            if (n.drawing() != null) {
                for (DrawElement e : n.drawing().elements())
                    if (e.text() != null) sb.append(e.text()).append('\n');
            }
        });
        return sb.toString();
    }

    /** Paints a number that changes without any property event: only its repaint() tells. */
    static final class Counter extends JComponent {
        volatile int value;
        final AtomicInteger realPaints = new AtomicInteger();

        @Override
        protected void paintComponent(Graphics g) {
            if (!(g instanceof java.awt.PrintGraphics) && g.getClass().getName().startsWith("sun."))
                realPaints.incrementAndGet();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            g.setColor(Color.BLACK);
            g.drawString("count " + value, 5, 15);
        }
    }

    @Test
    void aLabelIsRecordedAsTheTextItDraws() throws Exception {
        recordPainting();
        Edt.run(() -> frame(
                "Painted",
                new JPanel(new BorderLayout()) {
                    {
                        add(new JLabel("Quarterly report"));
                    }
                },
                40,
                40,
                300,
                120));
        ViewNode root = sink.await(
                r -> ViewTrees.find(r, n -> n.kind() == ViewKind.LABEL && n.drawing() != null)
                        .isPresent(),
                5000,
                "a painted label");
        ViewNode label = ViewTrees.ofKind(root, ViewKind.LABEL).orElseThrow();
        assertEquals(List.of("Quarterly report"), texts(label));
    }

    @Test
    void aTableIsItsPaintingWithoutCellPartsAndOnlyWhatIsVisible() throws Exception {
        recordPainting();
        Object[][] rows = new Object[200][2];
        for (int i = 0; i < rows.length; i++) rows[i] = new Object[] {"Row " + i, i * 10};
        Edt.run(() ->
                frame("Table", new JScrollPane(new JTable(rows, new Object[] {"Name", "Amount"})), 40, 40, 300, 200));
        ViewNode root = sink.await(r -> allDrawnText(r).contains("Row 0"), 5000, "the first row drawn");
        ViewNode table = ViewTrees.find(
                        root, n -> n.kind() == ViewKind.GRID && n.className().endsWith("JTable"))
                .orElseThrow();
        assertTrue(table.children().stream().noneMatch(c -> c.kind() == ViewKind.CELL), "cells are in the painting");
        String drawn = allDrawnText(root);
        assertTrue(drawn.contains("Name") && drawn.contains("Amount"), "the header is drawn: " + drawn);
        assertFalse(drawn.contains("Row 150"), "rows out of view are not recorded");
    }

    @Test
    void whatOnlyRepaintAnnouncesIsRecordedAgain() throws Exception {
        recordPainting();
        Counter counter = new Counter();
        Edt.run(() -> frame(
                "Counter",
                new JPanel(new BorderLayout()) {
                    {
                        add(counter);
                    }
                },
                40,
                40,
                200,
                80));
        sink.await(r -> allDrawnText(r).contains("count 0"), 5000, "count 0");
        counter.value = 7;
        counter.repaint();
        sink.await(r -> allDrawnText(r).contains("count 7"), 5000, "count 7 after repaint()");
    }

    @Test
    void anAppsOwnRepaintManagerKeepsWorkingInsideOurs() throws Exception {
        AtomicInteger appDirty = new AtomicInteger();
        RepaintManager appManager = new RepaintManager() {
            @Override
            public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
                appDirty.incrementAndGet();
                super.addDirtyRegion(c, x, y, w, h);
            }
        };
        RepaintManager[] before = new RepaintManager[1];
        Edt.run(() -> {
            before[0] = RepaintManager.currentManager((java.awt.Component) null);
            RepaintManager.setCurrentManager(appManager);
        });
        try {
            recordPainting();
            Counter counter = new Counter();
            Edt.run(() -> frame(
                    "Counter",
                    new JPanel(new BorderLayout()) {
                        {
                            add(counter);
                        }
                    },
                    40,
                    40,
                    200,
                    80));
            sink.await(r -> allDrawnText(r).contains("count 0"), 5000, "count 0");
            Edt.run(() -> assertSame(appManager, RepaintWatcher.delegateOf(RepaintManager.currentManager(counter))));
            int dirtyBefore = appDirty.get();
            int paintsBefore = counter.realPaints.get();
            counter.value = 3;
            counter.repaint();
            sink.await(r -> allDrawnText(r).contains("count 3"), 5000, "count 3");
            assertTrue(appDirty.get() > dirtyBefore, "the app's manager still hears every repaint");
            long deadline = System.currentTimeMillis() + 5000;
            while (counter.realPaints.get() == paintsBefore && System.currentTimeMillis() < deadline) Thread.sleep(10);
            assertTrue(counter.realPaints.get() > paintsBefore, "the screen is still painted");
            recorder.stop();
            Edt.flush();
            Edt.run(() -> assertSame(
                    appManager, RepaintManager.currentManager(counter), "stopping puts the app's manager back"));
        } finally {
            Edt.run(() -> RepaintManager.setCurrentManager(before[0]));
        }
    }

    @Test
    void aComponentThatThrowsWhilePaintingIsLoggedOnceAndTheAppRuns() throws Exception {
        recordPainting();
        JComponent broken = new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                throw new IllegalStateException("paint bug");
            }
        };
        broken.setName("broken");
        Edt.run(() -> frame(
                "Broken",
                new JPanel(new BorderLayout()) {
                    {
                        add(broken);
                        add(new JLabel("still here"), BorderLayout.NORTH);
                    }
                },
                40,
                40,
                200,
                120));
        ViewNode root = sink.await(r -> allDrawnText(r).contains("still here"), 5000, "the label next to it");
        ViewNode node = ViewTrees.find(root, n -> "broken".equals(n.name())).orElseThrow();
        assertNull(node.drawing(), "no painting: drawn from its properties");
        broken.repaint();
        Thread.sleep(300);
        assertEquals(
                1,
                logLines.stream()
                        .filter(l -> l.contains(broken.getClass().getName()))
                        .count(),
                logLines.toString());
        assertTrue(recorder.isCapturing());
    }

    @Test
    void whatCannotBeRecordedAsVectorsBecomesABitmapOfTheComponent() throws Exception {
        recordPainting();
        JComponent xor = new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                g.setXORMode(Color.WHITE);
                g.fillRect(0, 0, 20, 20);
            }
        };
        xor.setName("xor");
        Edt.run(() -> frame(
                "Xor",
                new JPanel(new BorderLayout()) {
                    {
                        add(xor);
                    }
                },
                40,
                40,
                200,
                120));
        ViewNode root = sink.await(
                r -> ViewTrees.find(r, n -> "xor".equals(n.name()) && n.drawing() != null)
                        .isPresent(),
                5000,
                "the XOR component");
        Drawing d =
                ViewTrees.find(root, n -> "xor".equals(n.name())).orElseThrow().drawing();
        assertEquals(1, d.elements().size());
        assertEquals(DrawElement.Role.IMAGE, d.elements().get(0).role());
        assertTrue(logLines.stream().anyMatch(l -> l.contains("bitmap")), logLines.toString());
    }

    @Test
    void aComponentThatPaintsSlowlyIsRecordedNoMoreAndSaidOnce() throws Exception {
        recordPainting();
        JComponent slow = new JComponent() {
            @Override
            protected void paintComponent(Graphics g) {
                PaintingCostTest.burnCpu(
                        SwingDrawings.SLOW_NANOS + 20_000_000); // work, not waiting: see PaintingCostTest
                g.drawString("slow", 5, 15);
            }
        };
        slow.setName("slow");
        Edt.run(() -> frame(
                "Slow",
                new JPanel(new BorderLayout()) {
                    {
                        add(slow);
                    }
                },
                40,
                40,
                200,
                120));
        sink.await(
                r -> ViewTrees.find(r, n -> "slow".equals(n.name()) && n.drawing() != null)
                        .isPresent(),
                5000,
                "its first painting");
        for (int i = 1; i < SwingDrawings.SLOW_STRIKES; i++) {
            slow.repaint(); // recorded again, the same: no new capture to wait for
            Thread.sleep(400);
        }
        ViewNode root = sink.await(
                r -> ViewTrees.find(r, n -> "slow".equals(n.name()) && n.drawing() == null)
                        .isPresent(),
                5000,
                "the slow component drawn from its properties");
        assertNotNull(root);
        slow.repaint();
        Thread.sleep(300);
        assertEquals(1, logLines.stream().filter(l -> l.contains("to paint")).count(), logLines.toString());
    }

    @Test
    void aBlinkingCaretRecordsNothing() throws Exception {
        recordPainting();
        javax.swing.JTextField field = new javax.swing.JTextField("idle");
        Edt.run(() -> frame(
                "Idle",
                new JPanel(new BorderLayout()) {
                    {
                        add(field, BorderLayout.NORTH);
                    }
                },
                40,
                40,
                200,
                80));
        sink.await(
                r -> ViewTrees.ofKind(r, ViewKind.TEXT_FIELD)
                        .map(n -> n.drawing() != null)
                        .orElse(false),
                5000,
                "the field");
        Edt.run(() -> field.getCaret().setVisible(true));
        sink.settle(300);
        int before = sink.snapshots.size();
        for (int i = 0; i < 6; i++) {
            // What the blink timer does: flip visibility, which repaints the caret's rectangle.
            Edt.run(() -> field.getCaret().setVisible(!field.getCaret().isVisible()));
            Thread.sleep(200);
        }
        assertEquals(before, sink.snapshots.size(), "no capture for a blinking caret");
        Edt.run(() -> field.setText("typed"));
        sink.await(r -> allDrawnText(r).contains("typed"), 5000, "typing still recorded");
    }

    @Test
    void aTableCellBeingEditedShowsItsEditorNotTheOldValue() throws Exception {
        recordPainting();
        Object[][] rows = {{"Ada"}, {"Brian"}, {"Chloe"}};
        JTable table = new JTable(rows, new Object[] {"Name"});
        Edt.run(() -> frame("Edit", new JScrollPane(table), 40, 40, 200, 150));
        sink.await(r -> allDrawnText(r).contains("Brian"), 5000, "the table");
        Edt.run(() -> {
            table.editCellAt(1, 0);
            ((javax.swing.text.JTextComponent) table.getEditorComponent()).setText("Edited name");
        });
        ViewNode root = sink.await(r -> allDrawnText(r).contains("Edited name"), 5000, "the editor's text");
        ViewNode grid = ViewTrees.find(
                        root, n -> n.kind() == ViewKind.GRID && n.className().endsWith("JTable"))
                .orElseThrow();
        assertFalse(texts(grid).contains("Brian"), "the table no longer draws the edited cell: " + texts(grid));
    }

    /** A container that paints itself under its children (a gradient panel, a watermark). */
    static final class PaintedContainer extends JPanel {
        PaintedContainer(String name) {
            super(new BorderLayout());
            setName(name);
            add(new JLabel("child of " + name), BorderLayout.NORTH);
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Color.ORANGE);
            g.fillRect(0, 0, getWidth(), getHeight());
        }
    }

    @Test
    void withoutTheAgentAContainerThatPaintsItselfIsDrawnFromItsPropertiesAndSaidOnce() throws Exception {
        // These tests run without the agent: javax.swing is not open to us.
        org.junit.jupiter.api.Assumptions.assumeFalse(
                SwingDrawings.canPaintContainers(), "run with the agent's access");
        recordPainting();
        Edt.run(() -> frame(
                "Containers",
                new JPanel(new java.awt.GridLayout(1, 2)) {
                    {
                        add(new PaintedContainer("first"));
                        add(new PaintedContainer("second"));
                    }
                },
                40,
                40,
                300,
                100));
        ViewNode root = sink.await(r -> allDrawnText(r).contains("child of second"), 5000, "the children painted");
        assertNull(ViewTrees.find(root, n -> "first".equals(n.name()))
                .orElseThrow()
                .drawing());
        assertNull(ViewTrees.find(root, n -> "second".equals(n.name()))
                .orElseThrow()
                .drawing());
        assertEquals(1, logLines.stream().filter(l -> l.contains("-javaagent")).count(), logLines.toString());
    }

    @Test
    void aPasswordFieldsPaintingIsNotRecorded() throws Exception {
        recordPainting();
        JPasswordField password = new JPasswordField("hunter2");
        Edt.run(() -> frame(
                "Sign in",
                new JPanel(new BorderLayout()) {
                    {
                        add(password, BorderLayout.NORTH);
                    }
                },
                40,
                40,
                200,
                80));
        ViewNode root = sink.await(r -> ViewTrees.ofKind(r, ViewKind.PASSWORD).isPresent(), 5000, "the password field");
        assertNull(ViewTrees.ofKind(root, ViewKind.PASSWORD).orElseThrow().drawing());
        assertFalse(allDrawnText(root).contains("\u2022"));
    }

    @Test
    void theViewOfAScrollPaneIsRecordedWhereItIsVisible() throws Exception {
        recordPainting();
        Object[][] rows = new Object[300][1];
        for (int i = 0; i < rows.length; i++) rows[i] = new Object[] {"Item " + i};
        JTable table = new JTable(rows, new Object[] {"Item"});
        Edt.run(() -> frame("Scroll", new JScrollPane(table), 40, 40, 200, 150));
        sink.await(r -> allDrawnText(r).contains("Item 0"), 5000, "Item 0");
        Edt.run(() ->
                table.scrollRectToVisible(new Rectangle(0, table.getRowHeight() * 250, 10, table.getRowHeight())));
        ViewNode root = sink.await(r -> allDrawnText(r).contains("Item 250"), 5000, "Item 250 after scrolling");
        assertFalse(allDrawnText(root).contains("Item 0\n"), "rows scrolled away are gone");
    }
}
