package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.util.Arrays;
import javax.swing.JFrame;
import javax.swing.JLabel;

/**
 * EDT time of a capture on a 1,000-component window: a full re-read versus an incremental
 * capture after one label changed, with components drawn from their properties or (argument
 * {@code painting}) recorded as their own painting, plus the cost of recording every
 * component's painting once. Not a unit test (timings are not asserted anywhere); run:
 * <pre>
 * ./mvnw -q -B -o -pl swing-adapter test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * build/display-jvm/bin/java -cp swing-adapter/target/test-classes:swing-adapter/target/classes:$(cat swing-adapter/target/cp.txt) \
 *     io.tapedeck.swing.internal.IncrementalCaptureBenchmark [painting]
 * </pre>
 */
public final class IncrementalCaptureBenchmark {
    private static final CaptureSink NO_SINK = new CaptureSink() {
        @Override
        public void snapshot(ViewNode desktop, long ts) {}

        @Override
        public void mouseMove(long key, int x, int y, long ts) {}

        @Override
        public void mouseAction(MouseAction a, long key, int x, int y, long ts) {}
    };

    public static void main(String[] args) throws Exception {
        int warmup = 300, runs = 500;
        JLabel[][] labels = new JLabel[10][100];
        JFrame[] frame = new JFrame[1];
        Edt.run(() -> {
            frame[0] = new JFrame("Benchmark");
            frame[0].setContentPane(IncrementalCaptureTest.thousandLabels(labels));
            frame[0].setBounds(0, 0, 1200, 900);
            frame[0].setVisible(true);
        });
        boolean painting = args.length > 0 && args[0].equals("painting");
        SwingRecorder recorder = SwingRecorder.startManual(
                new CaptureSettings(
                        1, 1000, 3600, io.tapedeck.core.internal.privacy.PrivacyPolicy.defaults(), painting),
                NO_SINK);
        Edt.flush();
        long[] firstCapture = {0};
        int components = Edt.call(() -> {
            long t0 = System.nanoTime();
            ViewNode root = recorder.captureNowOnEdt(false);
            firstCapture[0] = System.nanoTime() - t0;
            return ViewTrees.count(root);
        });

        double[] full = measure(warmup, runs, i -> {}, () -> recorder.captureNowOnEdt(true));
        double[] incremental = measure(
                warmup,
                runs,
                i -> labels[i % 10][(i * 7) % 100].setText("value " + i),
                () -> recorder.captureNowOnEdt(false));

        System.out.printf(
                "window: %d nodes, painting %s; first (cold) capture %.2f ms%n",
                components, painting ? "recorded" : "not recorded", firstCapture[0] / 1e6);
        System.out.printf("%-34s %10s %10s%n", "capture on the EDT", "median ms", "p95 ms");
        System.out.printf("%-34s %10.3f %10.3f%n", "full re-read (resync)", percentile(full, 50), percentile(full, 95));
        System.out.printf(
                "%-34s %10.3f %10.3f%n",
                "incremental, one label changed", percentile(incremental, 50), percentile(incremental, 95));
        if (painting) {
            SwingDrawings painter = new SwingDrawings();
            java.util.List<java.awt.Component> all = new java.util.ArrayList<>();
            Edt.run(() -> collect(frame[0].getContentPane(), all));
            double[] everything = measure(20, 50, i -> {}, () -> {
                for (java.awt.Component c : all) painter.record(c, SwingKinds.of(c), 1, false);
                return null;
            });
            System.out.printf(
                    "%-34s %10.3f %10.3f%n",
                    "record all " + all.size() + " paintings", percentile(everything, 50), percentile(everything, 95));
        }
        recorder.stop();
        Edt.run(() -> frame[0].dispose());
        System.exit(0);
    }

    private static void collect(java.awt.Component c, java.util.List<java.awt.Component> into) {
        into.add(c);
        if (c instanceof java.awt.Container) {
            for (java.awt.Component k : ((java.awt.Container) c).getComponents()) collect(k, into);
        }
    }

    interface Change {
        void apply(int i) throws Exception;
    }

    private static double[] measure(
            int warmup, int runs, Change change, java.util.concurrent.Callable<ViewNode> capture) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < warmup + runs; i++) {
            int n = i;
            Edt.run(() -> change.apply(n));
            Edt.flush(); // let Swing lay out and deliver the events the change caused
            double elapsed = Edt.call(() -> {
                long t0 = System.nanoTime();
                capture.call();
                return (System.nanoTime() - t0) / 1e6;
            });
            if (i >= warmup) ms[i - warmup] = elapsed;
        }
        return ms;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
