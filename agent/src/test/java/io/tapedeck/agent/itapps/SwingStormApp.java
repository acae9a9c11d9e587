package io.tapedeck.agent.itapps;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.Graphics;
import java.awt.GridLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.table.AbstractTableModel;

/**
 * A Swing app under a storm of UI changes, with a probe that measures how late the EDT runs
 * what is posted to it; knows nothing about Tapedeck. Run by {@code SwingStorm} with and
 * without the agent.
 *
 * <p>Arguments: the storm ({@code labels}: 2,000 labels, 100 of them updated every 10 ms, about
 * 10,000 updates a second; {@code table}: a 12-column table model firing
 * {@code fireTableDataChanged} from a 1 ms timer; {@code animation}: a painted panel and its frame
 * counter at 60 fps; {@code text}: a read-only text area receiving 1 MB of text, in even chunks
 * every 10 ms over the storm), the storm's length in milliseconds, and how long to stay open
 * afterwards with the final state showing (milliseconds; or {@code stdin}: until a line arrives
 * on standard input, after the figures are printed).
 *
 * <p>The probe posts an event to the EDT every 10 ms from the storm's start to its end and
 * records how late it ran. At the end the app prints {@code name=value} lines: the probe's
 * {@code probeP50Ms}, {@code probeP99Ms}, {@code probeMaxMs}, {@code updates} (changes made),
 * {@code heapAfterGcMB} (used heap after a full GC), {@code rssMB} and {@code peakRssMB}
 * ({@code VmRSS} and {@code VmHWM} of /proc/self/status), then {@code app done}, and exits.
 * The final state every storm ends in is made of texts a recording must end with: labels
 * {@code #0} … {@code #1jj} ({@link #finalLabel}), table cells {@code end r0c0} …, {@code frame end}, and
 * {@code THE END} as the text area's last line.
 */
public final class SwingStormApp {
    public static final int LABELS = 2000;
    public static final int TABLE_ROWS = 40;
    public static final int TABLE_COLUMNS = 12;

    private SwingStormApp() {}

    /** One storm: builds its window's content, makes one round of changes, sets the final state. */
    private interface Storm {
        JPanel content();

        /** On the EDT, from a timer: one round of changes; returns how many changes it made. */
        int step();

        /** How often {@link #step} runs, in milliseconds. */
        int periodMs();

        /** On the EDT: the state the recording must end with. */
        void finish();
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        long stormMs = Long.parseLong(args[1]);
        boolean untilStdin = "stdin".equals(args[2]);
        long settleMs = untilStdin ? 0 : Long.parseLong(args[2]);
        Storm storm = storm(kind, stormMs);
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            JFrame f = new JFrame("Storm: " + kind);
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.getContentPane().add(storm.content(), BorderLayout.CENTER);
            f.setBounds(0, 0, 1600, 1000);
            f.setVisible(true);
            frame[0] = f;
        });
        System.out.println("ready pid=" + ProcessHandle.current().pid());
        Thread.sleep(1000); // the window's first capture (a keyframe) is not part of the storm

        AtomicInteger updates = new AtomicInteger();
        Timer[] timer = new Timer[1];
        SwingUtilities.invokeAndWait(() -> {
            timer[0] = new Timer(storm.periodMs(), e -> updates.addAndGet(storm.step()));
            timer[0].start();
        });
        long[] delays = probe(stormMs);
        SwingUtilities.invokeAndWait(() -> {
            timer[0].stop();
            storm.finish();
        });
        Thread.sleep(settleMs);

        Arrays.sort(delays);
        System.out.println("probeP50Ms=" + ms(delays[delays.length / 2]));
        System.out.println("probeP99Ms=" + ms(delays[(int) Math.min(delays.length - 1, delays.length * 0.99)]));
        System.out.println("probeMaxMs=" + ms(delays[delays.length - 1]));
        System.out.println("probes=" + delays.length);
        System.out.println("updates=" + updates.get());
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("heapAfterGcMB=" + String.format(Locale.ROOT, "%.1f", heap / 1048576.0));
        System.out.println("rssMB=" + procStatusMb("VmRSS"));
        System.out.println("peakRssMB=" + procStatusMb("VmHWM"));
        if (untilStdin) new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        System.out.println("app done");
        System.exit(0); // the agent's shutdown hook writes the last events
    }

    /** Posts an event every 10 ms for {@code durationMs}; each delay (posted to run) in nanoseconds. */
    private static long[] probe(long durationMs) throws InterruptedException {
        int n = (int) (durationMs / 10);
        long[] delays = new long[n];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * 10_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
            int slot = i;
            long posted = System.nanoTime();
            EventQueue.invokeLater(() -> {
                delays[slot] = System.nanoTime() - posted;
                done.incrementAndGet();
            });
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (done.get() < n && System.nanoTime() < deadline) Thread.sleep(5);
        return delays;
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String procStatusMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.1f", kb / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux: no figure
        }
        return "-1";
    }

    private static Storm storm(String kind, long stormMs) {
        switch (kind) {
            case "labels":
                return new LabelStorm();
            case "table":
                return new TableStorm();
            case "animation":
                return new AnimationStorm();
            case "text":
                return new TextStorm(stormMs);
            default:
                throw new IllegalArgumentException("no storm " + kind);
        }
    }

    /**
     * The text label {@code i} ends with: short enough for its 40-pixel cell (a longer one would
     * be cut to "…" in the painting), and with a '#' that no storm text has.
     */
    public static String finalLabel(int i) {
        return "#" + Integer.toString(i, 36);
    }

    /** 2,000 labels; 100 of them, in turn, get a new text every 10 ms: about 10,000 updates a second. */
    private static final class LabelStorm implements Storm {
        private final JLabel[] labels = new JLabel[LABELS];
        private int next;
        private int round;

        @Override
        public JPanel content() {
            JPanel grid = new JPanel(new GridLayout(50, 40));
            for (int i = 0; i < LABELS; i++) {
                labels[i] = new JLabel("l" + i);
                grid.add(labels[i]);
            }
            return grid;
        }

        @Override
        public int step() {
            for (int k = 0; k < 100; k++) {
                labels[next].setText(Integer.toString(round * 7 + next, 36));
                if (++next == LABELS) {
                    next = 0;
                    round++;
                }
            }
            return 100;
        }

        @Override
        public int periodMs() {
            return 10;
        }

        @Override
        public void finish() {
            for (int i = 0; i < LABELS; i++) labels[i].setText(finalLabel(i));
        }
    }

    /** A table whose every cell changes with a generation counter, announced by fireTableDataChanged. */
    private static final class TableStorm implements Storm {
        private String generation = "g0";
        private int count;
        private final AbstractTableModel model = new AbstractTableModel() {
            @Override
            public int getRowCount() {
                return TABLE_ROWS;
            }

            @Override
            public int getColumnCount() {
                return TABLE_COLUMNS;
            }

            @Override
            public Object getValueAt(int row, int column) {
                return generation + " r" + row + "c" + column;
            }
        };

        @Override
        public JPanel content() {
            JPanel panel = new JPanel(new BorderLayout());
            panel.add(new JScrollPane(new JTable(model)), BorderLayout.CENTER);
            return panel;
        }

        @Override
        public int step() {
            generation = "g" + (++count);
            model.fireTableDataChanged();
            return 1;
        }

        @Override
        public int periodMs() {
            return 1;
        }

        @Override
        public void finish() {
            generation = "end";
            model.fireTableDataChanged();
        }
    }

    /** A painted panel animated at 60 fps, with a frame counter. */
    private static final class AnimationStorm implements Storm {
        private final JLabel counter = new JLabel("frame 0");
        private int frame;
        private final JPanel canvas = new JPanel() {
            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                for (int i = 0; i < 40; i++) {
                    int x = (frame * 7 + i * 37) % Math.max(1, getWidth() - 40);
                    int y = (frame * 3 + i * 23) % Math.max(1, getHeight() - 40);
                    g.setColor(new Color((i * 53) % 256, (i * 97) % 256, (i * 151) % 256));
                    g.fillOval(x, y, 30, 30);
                }
            }
        };

        @Override
        public JPanel content() {
            JPanel panel = new JPanel(new BorderLayout());
            panel.add(counter, BorderLayout.NORTH);
            panel.add(canvas, BorderLayout.CENTER);
            return panel;
        }

        @Override
        public int step() {
            frame++;
            counter.setText("frame " + frame);
            canvas.repaint();
            return 1;
        }

        @Override
        public int periodMs() {
            return 16;
        }

        @Override
        public void finish() {
            counter.setText("frame end");
            canvas.repaint();
        }
    }

    /** A read-only text area (a log view: not masked) receiving 1 MB of text over the storm. */
    private static final class TextStorm implements Storm {
        private static final int TOTAL = 1 << 20;
        private final JTextArea area = new JTextArea();
        private final String chunk;
        private int line;

        TextStorm(long stormMs) {
            int chunks = (int) Math.max(1, stormMs / 10);
            StringBuilder s = new StringBuilder();
            while (s.length() < TOTAL / chunks) s.append("log line with some words in it 0123456789\n");
            chunk = s.toString();
        }

        @Override
        public JPanel content() {
            area.setEditable(false);
            JPanel panel = new JPanel(new BorderLayout());
            panel.add(new JScrollPane(area), BorderLayout.CENTER);
            return panel;
        }

        @Override
        public int step() {
            area.append("chunk " + (line++) + "\n" + chunk);
            return 1;
        }

        @Override
        public int periodMs() {
            return 10;
        }

        @Override
        public void finish() {
            area.append("THE END");
            area.setCaretPosition(area.getDocument().getLength());
        }
    }
}
