package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.testing.Edt;
import io.tapedeck.testing.ViewTrees;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

class CaptureBudgetTest extends SwingTestSupport {

    @Test
    void pastTheBudgetCapturesWaitAndKeepTheirDirtyMarks() throws Exception {
        JLabel[][] labels = new JLabel[10][100];
        Edt.run(() -> frame("Budget", IncrementalCaptureTest.thousandLabels(labels), 0, 0, 1200, 900));
        // 1 ms of EDT time per second: the first full capture of 1,000 components spends it.
        record(new CaptureSettings(10, 1, 3600));
        sink.await(n -> ViewTrees.withText(n, "p9l99").isPresent(), 5000, "the first capture");
        Edt.run(() -> labels[0][0].setText("late"));

        sink.await(n -> ViewTrees.withText(n, "late").isPresent(), 5000, "the change, once the budget allows");
        assertTrue(recorder.skippedForBudget() > 0, "captures were skipped while the budget was spent");
        assertTrue(recorder.isCapturing());
    }
}
