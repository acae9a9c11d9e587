package io.tapedeck.core.internal.record;

import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.view.FontSpec;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cost on the recorder thread of turning captures into rrweb events, for a window of about
 * 1,000 components: a keyframe (render + serialise everything) and an incremental capture
 * where one label changed (the adapter shares every other subtree). Prints a table; not a
 * unit test. Run:
 * <pre>
 * ./mvnw -q -pl core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/cp.txt) \
 *      io.tapedeck.core.internal.record.ReplayStreamBenchmark
 * </pre>
 */
public final class ReplayStreamBenchmark {
    private static final FontSpec FONT = new FontSpec("\"DejaVu Sans\", sans-serif", 12, false, false);

    public static void main(String[] args) throws Exception {
        int rows = 100, cols = 10; // 1,000 labels in 100 panels
        List<ViewNode> panels = new ArrayList<>();
        for (int r = 0; r < rows; r++) panels.add(panel(r, cols, -1, null));
        ViewNode first = desktop(panels);

        CountingDestination out = new CountingDestination();
        long[] keyframe = new long[200];
        for (int i = 0; i < keyframe.length; i++) {
            ReplayStream s = new ReplayStream(out, "https://tapedeck.invalid/", 300_000);
            long t0 = System.nanoTime();
            s.snapshot(first, 1000);
            keyframe[i] = System.nanoTime() - t0;
        }
        long keyframeBytes = out.bytes / keyframe.length;

        ReplayStream s = new ReplayStream(out, "https://tapedeck.invalid/", Long.MAX_VALUE / 4);
        s.snapshot(first, 1000);
        long[] incremental = new long[5000];
        out.bytes = 0;
        ViewNode current = first;
        for (int i = 0; i < incremental.length; i++) {
            int row = i % rows;
            List<ViewNode> next = new ArrayList<>(current.children().get(0).children());
            next.set(row, panel(row, cols, i % cols, "changed " + i));
            ViewNode window =
                    current.children().get(0).toBuilder().children(next).build();
            ViewNode desk = current.toBuilder().children(List.of(window)).build();
            long t0 = System.nanoTime();
            s.snapshot(desk, 2000 + i);
            incremental[i] = System.nanoTime() - t0;
            current = desk;
        }
        long incrementalBytes = out.bytes / incremental.length;

        System.out.println("recorder thread, 1,011 nodes         median ms     p95 ms   bytes/event(s)");
        System.out.printf(
                "keyframe (Meta + FullSnapshot)       %9.3f  %9.3f   %d%n",
                pct(keyframe, 50), pct(keyframe, 95), keyframeBytes);
        System.out.printf(
                "one label changed (Mutation)         %9.3f  %9.3f   %d%n",
                pct(incremental, 50), pct(incremental, 95), incrementalBytes);
    }

    private static ViewNode panel(int r, int cols, int changedCol, String changedText) {
        ViewNode.Builder p = ViewNode.builder(10 + r * 100L, ViewKind.PANEL).bounds(0, r * 20, 800, 20);
        for (int c = 0; c < cols; c++) {
            String text = c == changedCol ? changedText : "cell " + r + "/" + c;
            p.child(ViewNode.builder(10 + r * 100L + 1 + c, ViewKind.LABEL)
                    .bounds(c * 80, 0, 80, 20)
                    .font(FONT)
                    .foreground(0xFF333333)
                    .text(text)
                    .build());
        }
        return p.build();
    }

    private static ViewNode desktop(List<ViewNode> panels) {
        ViewNode window = ViewNode.builder(2, ViewKind.WINDOW)
                .bounds(0, 0, 800, 2000)
                .children(panels)
                .build();
        return ViewNode.builder(1, ViewKind.DESKTOP)
                .bounds(0, 0, 800, 2000)
                .child(window)
                .build();
    }

    private static double pct(long[] nanos, int p) {
        // skip the first fifth as warm-up
        int from = nanos.length / 5;
        long[] tail = Arrays.copyOfRange(nanos, from, nanos.length);
        Arrays.sort(tail);
        return tail[Math.min(tail.length - 1, tail.length * p / 100)] / 1e6;
    }

    private static final class CountingDestination implements Destination {
        long bytes;

        @Override
        public void write(byte[] eventLine) {
            bytes += eventLine.length + 1;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String describe() {
            return "counter";
        }
    }
}
