package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import java.awt.GridLayout;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Set;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;
import org.junit.jupiter.api.Test;

/**
 * 2,000 labels, 100 of them changed every 10 ms (about 10,000 changes a second) with their
 * paintings recorded: each visit of the recorder to the EDT stops reading at its slice and
 * leaves the rest, still marked, to the next one; the recording still ends in the final state.
 * The bounds only; the app's latencies are figures (docs/performance.md, SwingStormBenchmark).
 */
class CaptureUnderAStormTest extends SwingTestSupport {
    private static final int LABELS = 2000;
    private static final long STORM_MS = Long.getLong("tapedeck.storm.ms", 2000);
    private static final long MS = 1_000_000L;

    @Test
    void noVisitHoldsTheEdtForMoreThanAFrameAndTheLastCaptureShowsTheFinalState() throws Exception {
        JLabel[] labels = new JLabel[LABELS];
        Edt.run(() -> {
            JPanel grid = new JPanel(new GridLayout(50, 40));
            for (int i = 0; i < LABELS; i++) grid.add(labels[i] = new JLabel("l" + i));
            frame("Storm", grid, 0, 0, 1600, 1000);
        });
        record(new CaptureSettings(10, 20, 3600, PrivacyPolicy.defaults(), true));
        // The EDT's CPU time: the visit's own work, not the time a loaded machine (other builds,
        // garbage collection) takes the CPU away in the middle of it. Wall times are figures
        // (SwingStormBenchmark); the slice itself is measured in wall time.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        recorder.visits().measureWith(threads::getCurrentThreadCpuTime);
        sink.await(n -> ViewTrees.withText(n, "l" + (LABELS - 1)).isPresent(), 10_000, "the first capture");

        int[] next = {0};
        int[] round = {0};
        Timer[] storm = new Timer[1];
        Edt.run(() -> {
            storm[0] = new Timer(10, e -> {
                for (int k = 0; k < 100; k++) {
                    labels[next[0]].setText(Integer.toString(round[0] * 7 + next[0], 36));
                    if (++next[0] == LABELS) {
                        next[0] = 0;
                        round[0]++;
                    }
                }
            });
            storm[0].start();
        });
        Thread.sleep(STORM_MS); // the storm's length, not a wait for a condition
        Edt.run(() -> {
            storm[0].stop();
            for (int i = 0; i < LABELS; i++) labels[i].setText("end-" + i);
        });

        sink.await(CaptureUnderAStormTest::showsTheFinalState, 20_000, "every label's final text");
        EdtVisits visits = recorder.visits();
        System.out.println("labels storm, EDT CPU time per visit (ms): " + visits.summary());
        // The first visit reads the new window cold and whole (a window is never shown half read).
        assertTrue(visits.longestNanos() <= 16 * MS, "a visit held the EDT longer than a frame: " + visits.summary());
        assertTrue(
                visits.sliced() > 0, "no visit stopped at its slice: the storm did not test it\n" + visits.summary());
        // The budget is checked before a visit: one visit (at most a frame) past it, no more.
        assertTrue(
                visits.mostInOneSecondNanos() <= (20 + 16) * MS,
                "the EDT budget of 20 ms a second was overrun: " + visits.summary());
        assertTrue(recorder.isCapturing());
    }

    private static boolean showsTheFinalState(ViewNode root) {
        Set<String> texts = new HashSet<>();
        ViewTrees.walk(root, n -> {
            if (n.text() != null) texts.add(n.text());
        });
        for (int i = 0; i < LABELS; i++) {
            if (!texts.contains("end-" + i)) return false;
        }
        return true;
    }
}
