package io.tapedeck.core.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SamplingTest {
    @Test
    void aQuarterOfTenThousandSessionIdsAreSampledAtRateOneQuarter() {
        // Session ids are epoch milliseconds: consecutive, as they would be across a fleet.
        long start = 1_795_930_000_000L;
        int sampled = 0;
        for (int i = 0; i < 10_000; i++) {
            if (Sampling.isSampled(start + i * 37L, 0.25)) sampled++;
        }
        assertTrue(sampled >= 2400 && sampled <= 2600, sampled + " of 10000");
    }

    @Test
    void theSameSessionAlwaysDecidesAlike() {
        for (long id = 1_795_930_000_000L; id < 1_795_930_000_500L; id++) {
            assertEquals(Sampling.isSampled(id, 0.5), Sampling.isSampled(id, 0.5));
        }
    }

    @Test
    void rateOneRecordsEverySessionAndZeroNone() {
        for (long id = 1; id < 1000; id++) {
            assertTrue(Sampling.isSampled(id, 1));
            assertFalse(Sampling.isSampled(id, 0));
        }
    }

    @Test
    void aSessionSampledAtALowRateIsSampledAtEveryHigherRate() {
        for (long id = 1_795_930_000_000L; id < 1_795_930_001_000L; id++) {
            if (Sampling.isSampled(id, 0.1)) assertTrue(Sampling.isSampled(id, 0.3));
        }
    }
}
