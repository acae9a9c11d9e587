package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UiThreadBudgetTest {
    private static final long MS = 1_000_000L;

    @Test
    void aCaptureCountsForTheWholeSecondAfterItEnds() {
        UiThreadBudget budget = new UiThreadBudget(20 * MS);
        assertFalse(budget.spent(0));
        // 30 ms of EDT time, ending 990 ms after the recorder started.
        budget.charge(960 * MS, 990 * MS);
        assertTrue(budget.spent(1_010 * MS), "no second capture right behind an over-budget one");
        assertTrue(budget.spent(1_989 * MS));
        assertFalse(budget.spent(1_990 * MS), "one second after it ended, capture may run again");
    }

    @Test
    void smallCapturesAddUpWithinTheLastSecond() {
        UiThreadBudget budget = new UiThreadBudget(20 * MS);
        for (int i = 0; i < 3; i++) {
            long start = i * 100 * MS;
            assertFalse(budget.spent(start), "capture " + i);
            budget.charge(start, start + 8 * MS);
        }
        assertTrue(budget.spent(300 * MS), "24 ms spent in the last second");
        assertFalse(budget.spent(1_009 * MS), "the first 8 ms left the window");
    }
}
