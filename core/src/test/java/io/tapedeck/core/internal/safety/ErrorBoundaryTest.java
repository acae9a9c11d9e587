package io.tapedeck.core.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.CapturedLog;
import io.tapedeck.core.internal.log.Log;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ErrorBoundaryTest {
    private static final Runnable BOOM = () -> {
        throw new IllegalStateException("boom");
    };

    @Test
    void aFailureNeverEscapesAndIsLoggedOnceWithWhereAndWhat() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.logging("the agent");
            for (int i = 0; i < 5; i++) boundary.run("flushing the recording", BOOM);

            assertEquals(
                    List.of("the agent: flushing the recording failed: java.lang.IllegalStateException: boom"),
                    log.messages("ERROR"));
            assertEquals(List.of(), log.messages("WARN"));
            assertEquals(5, boundary.failures("flushing the recording"), "later failures are counted");
            assertTrue(boundary.active(), "a logging boundary keeps running its bodies");
        }
    }

    @Test
    void eachPlaceIsLoggedOnceAndCountsAreSaidAtPowersOfTen() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.logging("the agent");
            for (int i = 0; i < 100; i++) boundary.run("one place", BOOM);
            boundary.run("another place", BOOM);

            assertEquals(
                    List.of(
                            "the agent: one place failed: java.lang.IllegalStateException: boom",
                            "the agent: another place failed: java.lang.IllegalStateException: boom"),
                    log.messages("ERROR"));
            assertEquals(
                    List.of(
                            "the agent: one place failed 10 times so far",
                            "the agent: one place failed 100 times so far"),
                    log.messages("WARN"));
        }
    }

    @Test
    void aDisablingBoundaryRunsItsHookOnceLogsOneErrorAndRunsNothingAfterwards() {
        try (CapturedLog log = CapturedLog.start()) {
            AtomicInteger disabled = new AtomicInteger();
            AtomicInteger ran = new AtomicInteger();
            ErrorBoundary boundary = ErrorBoundary.disabling("Swing capture", disabled::incrementAndGet);

            boundary.run("a capture", BOOM);
            boundary.run("a capture", ran::incrementAndGet);
            boundary.fail("a listener", new IllegalStateException("late, from another thread"));

            assertEquals(1, disabled.get(), "the hook ran once");
            assertEquals(0, ran.get(), "nothing runs once the part is off");
            assertFalse(boundary.active());
            assertTrue(boundary.failed());
            assertEquals(
                    List.of("Swing capture stopped after an error in a capture: java.lang.IllegalStateException: boom"),
                    log.messages("ERROR"));
            assertEquals(List.of(), log.messages("WARN"));
            assertEquals(1, boundary.failures("a listener"), "counted, not logged");
        }
    }

    @Test
    void aFailingHookIsSwallowedToo() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.disabling("JavaFX capture", () -> {
                throw new IllegalStateException("hook");
            });
            boundary.run("a pulse listener", BOOM);
            assertTrue(boundary.failed());
            assertEquals(1, log.messages("ERROR").size());
        }
    }

    @Test
    void callGivesTheFallbackWhenTheBodyFailsOrThePartIsOff() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.disabling("capture", () -> {});
            assertEquals("value", boundary.call("reading", () -> "value", "fallback"));
            assertEquals(
                    "fallback",
                    boundary.call(
                            "reading",
                            () -> {
                                throw new IllegalStateException();
                            },
                            "fallback"));
            assertEquals("fallback", boundary.call("reading", () -> "value", "fallback"), "off after the failure");
        }
    }

    @Test
    void deactivatingIsNotAFailure() {
        try (CapturedLog log = CapturedLog.start()) {
            AtomicInteger disabled = new AtomicInteger();
            ErrorBoundary boundary = ErrorBoundary.disabling("capture", disabled::incrementAndGet);
            boundary.deactivate();
            AtomicInteger ran = new AtomicInteger();
            boundary.run("a listener", ran::incrementAndGet);
            boundary.fail("a listener", new IllegalStateException("racing the stop"));
            assertEquals(0, ran.get());
            assertEquals(0, disabled.get(), "a stopped part is not switched off again");
            assertEquals(1, boundary.failures("a listener"));
            assertFalse(boundary.failed());
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void virtualMachineErrorsAreSwallowedAndSwitchThePartOff() {
        try (CapturedLog log = CapturedLog.start()) {
            AtomicInteger disabled = new AtomicInteger();
            ErrorBoundary boundary = ErrorBoundary.disabling("capture", disabled::incrementAndGet);
            boundary.run("a deep tree", ErrorBoundaryTest::recurse);
            assertEquals(1, disabled.get());
            assertTrue(
                    log.messages("ERROR").get(0).contains("StackOverflowError"),
                    log.lines().toString());

            ErrorBoundary other = ErrorBoundary.disabling("capture", () -> {});
            other.run("an allocation", () -> {
                throw new OutOfMemoryError("Java heap space");
            });
            assertTrue(other.failed());
        }
    }

    @Test
    void threadDeathIsPassedOnAndNotCountedAsOurFailure() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.disabling("capture", () -> {});
            @SuppressWarnings("removal")
            ThreadDeath death = new ThreadDeath();
            assertThrows(
                    ThreadDeath.class,
                    () -> boundary.run("a listener", () -> {
                        throw death;
                    }));
            assertFalse(boundary.failed());
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void anInterruptKeepsTheInterruptStatusAndIsNoFailure() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.disabling("capture", () -> {});
            boundary.run("a wait", () -> sneakyThrow(new InterruptedException()));
            assertTrue(Thread.interrupted(), "the interrupt status is set again (and cleared here)");
            assertFalse(boundary.failed());
            assertTrue(boundary.active());
            assertEquals(List.of(), log.lines());
        }
    }

    @Test
    void theFirstFailureCarriesItsStackTraceOnlyInDebug() {
        try (CapturedLog log = CapturedLog.start()) {
            Log.setDebugEnabled(true);
            ErrorBoundary.logging("the agent").run("a flush", BOOM);
            List<String> lines = log.messages("ERROR");
            assertTrue(lines.size() > 1, "the stack trace follows, line by line: " + lines);
            assertTrue(
                    lines.stream().anyMatch(l -> l.contains("at io.tapedeck.core.internal.safety.ErrorBoundaryTest")),
                    lines.toString());
        }
    }

    @Test
    void wrapGoesThroughTheBoundary() {
        try (CapturedLog log = CapturedLog.start()) {
            ErrorBoundary boundary = ErrorBoundary.logging("the agent");
            Runnable hook = boundary.wrap("the shutdown hook", BOOM);
            hook.run();
            assertEquals(1, boundary.failures("the shutdown hook"));
        }
    }

    private static int recurse() {
        return recurse() + 1;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
        throw (T) t;
    }
}
