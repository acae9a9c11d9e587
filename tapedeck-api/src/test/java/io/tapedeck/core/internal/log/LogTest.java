package io.tapedeck.core.internal.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTest {
    @Test
    void linesGoToStandardErrorWithPrefixAndLevel() {
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Log.swapSinkForTests(null); // the real sink, which must look System.err up per line
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Log.warn("disk full");
            Log.error("cannot open");
            Log.info("recording");
        } finally {
            System.setErr(realErr);
        }
        assertEquals(
                List.of("[tapedeck] WARN disk full", "[tapedeck] ERROR cannot open", "[tapedeck] INFO recording"),
                captured.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void debugIsWrittenOnlyWhileEnabled() {
        try (CapturedLog log = CapturedLog.start()) {
            Log.setDebugEnabled(false);
            Log.debug("hidden");
            Log.setDebugEnabled(true);
            Log.debug("shown");
            assertEquals(List.of("[tapedeck] DEBUG shown"), log.lines());
        }
    }

    @Test
    void warnOnceWarnsOncePerKey() {
        try (CapturedLog log = CapturedLog.start()) {
            assertTrue(Log.warnOnce("dir", "cannot write /x"));
            assertFalse(Log.warnOnce("dir", "cannot write /x"));
            assertTrue(Log.warnOnce("other", "something else"));
            assertEquals(List.of("cannot write /x", "something else"), log.messages("WARN"));
        }
    }

    @Test
    void everyLineOfAMultiLineMessageIsPrefixed() {
        try (CapturedLog log = CapturedLog.start()) {
            Log.error("first problem\nsecond problem");
            assertEquals(List.of("[tapedeck] ERROR first problem", "[tapedeck] ERROR second problem"), log.lines());
        }
    }

    @Test
    void aFailingSinkNeverThrowsIntoTheCaller() {
        try (CapturedLog ignored = CapturedLog.start()) {
            Log.swapSinkForTests(line -> {
                throw new IllegalStateException("stderr closed");
            });
            Log.error("still fine");
        }
    }

    @Test
    void throwablesAreDescribedOnTheSameLine() {
        try (CapturedLog log = CapturedLog.start()) {
            Log.warn("cannot write", new java.io.IOException("No space left on device"));
            assertEquals(List.of("cannot write: IOException: No space left on device"), log.messages("WARN"));
        }
    }
}
