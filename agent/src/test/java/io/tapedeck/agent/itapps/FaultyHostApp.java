package io.tapedeck.agent.itapps;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Graphics;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.metal.MetalLookAndFeel;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * A Swing app with one bug of its own (argument: the fault), run with and without the agent by
 * {@code HostFaultsIT}: whatever the app does wrong, it must behave the same with Tapedeck (same
 * exit code, same output, the same exceptions seen by its own handler). It prints only what is
 * the same from run to run: each distinct exception its handler saw (sorted, once), and its own
 * observations. Once its window shows it turns the fault on, changes a label a few times, shows
 * {@link #FINAL_STATE} (what a replay that recovered ends with), and exits.
 */
public final class FaultyHostApp {
    public static final String FINAL_STATE = "final state reached";

    /** Turned on once the window shows: layout and the first paint stay healthy. */
    static volatile boolean broken;

    private static final Set<String> seenByHandler = new TreeSet<>();

    private FaultyHostApp() {}

    /** A label whose {@code getText} throws once the fault is on (Swing's own painting calls it too). */
    static final class ThrowingTextLabel extends JLabel {
        ThrowingTextLabel() {
            super("text of a broken label");
        }

        @Override
        public String getText() {
            if (broken) throw new IllegalStateException("getText is broken");
            return super.getText();
        }
    }

    /** A component whose painting throws once the fault is on. */
    static final class ThrowingPainter extends JComponent {
        ThrowingPainter() {
            setPreferredSize(new java.awt.Dimension(120, 30));
        }

        @Override
        protected void paintComponent(Graphics g) {
            if (broken) throw new IllegalStateException("paintComponent is broken");
            g.drawString("painted", 4, 20);
        }
    }

    /** {@code toString} throws: nothing may print or log a component of the app this way. */
    static final class ThrowingToString extends JLabel {
        ThrowingToString() {
            super("label with a broken toString");
        }

        @Override
        public String toString() {
            throw new IllegalStateException("toString is broken");
        }
    }

    /** Text that Swing accepts but no one should copy whole: null, then 4 MB. */
    static final class OddTextLabel extends JLabel {
        private final String huge;

        OddTextLabel() {
            super("odd");
            StringBuilder text = new StringBuilder(4 << 20);
            while (text.length() < 4 << 20) text.append("huge label text ");
            huge = text.toString();
        }

        @Override
        public String getText() {
            if (!broken) return super.getText();
            return (System.nanoTime() & 1) == 0 ? null : huge;
        }
    }

    /** Asks for another paint from inside every paint: a repaint loop the app never ends. */
    static final class SelfRepainter extends JComponent {
        SelfRepainter() {
            setPreferredSize(new java.awt.Dimension(120, 30));
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.drawString("again " + (System.nanoTime() % 1000), 4, 20);
            if (broken) repaint();
        }
    }

    /** The app's own repaint manager; it must go on seeing the app's repaints. */
    static final class CountingRepaintManager extends RepaintManager {
        volatile int dirtyRegions;

        @Override
        public void addDirtyRegion(JComponent c, int x, int y, int w, int h) {
            dirtyRegions++;
            super.addDirtyRegion(c, x, y, w, h);
        }
    }

    public static void main(String[] args) throws Exception {
        String fault = args[0];
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.err.println("handler saw " + e + " on thread " + thread.getName()); // stderr: for diagnosis only
            synchronized (seenByHandler) {
                String line = HandlerReport.line(thread, e);
                if (line != null) seenByHandler.add(line);
            }
        });
        CountingRepaintManager manager = new CountingRepaintManager();
        if (fault.equals("look-and-feel-throws")) {
            try {
                UIManager.setLookAndFeel(new MetalLookAndFeel() {
                    @Override
                    public void initialize() {
                        throw new IllegalStateException("the look and feel fails to install");
                    }
                });
            } catch (RuntimeException | javax.swing.UnsupportedLookAndFeelException e) {
                // What apps do: say so and fall back to the look and feel that always works.
                System.out.println("setLookAndFeel failed: " + e.getMessage());
                UIManager.setLookAndFeel(new MetalLookAndFeel());
            }
        }
        JLabel status = new JLabel("starting");
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            if (fault.equals("custom-repaint-manager")) RepaintManager.setCurrentManager(manager);
            JPanel content = new JPanel(new BorderLayout());
            content.add(status, BorderLayout.NORTH);
            content.add(faultyComponent(fault), BorderLayout.CENTER);
            JFrame f = new JFrame("Faulty host app");
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.setContentPane(content);
            f.setBounds(40, 40, 360, 220);
            f.setVisible(true);
            frame[0] = f;
        });
        Thread.sleep(700); // the agent's first capture, of a healthy window
        broken = true;
        if (fault.equals("out-of-memory")) runOutOfMemory();
        for (int i = 1; i <= 5; i++) {
            String text = "step " + i;
            SwingUtilities.invokeAndWait(() -> {
                status.setText(text);
                frame[0].repaint();
            });
            Thread.sleep(120);
        }
        if (fault.equals("exit-from-edt")) {
            // The app ends itself from the EDT while the agent may be writing: its shutdown hook
            // must neither wait for the EDT (blocked in System.exit) nor lose what was captured.
            SwingUtilities.invokeAndWait(() -> status.setText(FINAL_STATE));
            Thread.sleep(800);
            SwingUtilities.invokeLater(() -> {
                report(manager);
                System.exit(3);
            });
            Thread.sleep(10_000);
            System.out.println("still running: System.exit did not end the app");
            return;
        }
        SwingUtilities.invokeAndWait(() -> status.setText(FINAL_STATE));
        Thread.sleep(800); // long enough for a capture of the final state
        SwingUtilities.invokeAndWait(() -> {
            report(manager);
            frame[0].dispose();
        });
        System.out.println("app done");
    }

    private static Component faultyComponent(String fault) {
        switch (fault) {
            case "getText-throws":
                return new ThrowingTextLabel();
            case "paint-throws":
                return new ThrowingPainter();
            case "toString-throws":
                return new ThrowingToString();
            case "odd-text":
                return new OddTextLabel();
            case "repaint-loop":
                return new SelfRepainter();
            case "renderer-throws":
                JTable table = new JTable(new Object[][] {{"a", "b"}, {"c", "d"}}, new Object[] {"one", "two"});
                table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
                    @Override
                    public Component getTableCellRendererComponent(
                            JTable t, Object value, boolean selected, boolean focus, int row, int column) {
                        if (broken && row == 1) throw new IllegalStateException("the renderer is broken");
                        return super.getTableCellRendererComponent(t, value, selected, focus, row, column);
                    }
                });
                return table;
            default:
                return new JLabel("a healthy label");
        }
    }

    /** Fills the heap until it runs out, as a leaking app does, then lets it all go and carries on. */
    static void runOutOfMemory() {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) hog.add(new long[1 << 20]);
        } catch (OutOfMemoryError e) {
            hog.clear();
            System.out.println("the app ran out of memory and carried on");
        }
    }

    private static void report(CountingRepaintManager manager) {
        if (RepaintManager.currentManager((JComponent) null) == manager || manager.dirtyRegions > 0) {
            System.out.println("the app's repaint manager saw repaints: " + (manager.dirtyRegions > 0));
        }
        synchronized (seenByHandler) {
            for (String seen : seenByHandler) System.out.println("handler saw " + seen);
        }
    }
}
