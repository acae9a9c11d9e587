package io.tapedeck.swing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import io.tapedeck.testing.Edt;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FailureIsolationTest {
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Consumer<String> previousLog;
    private Thread.UncaughtExceptionHandler previousHandler;
    private JFrame frame;
    private SwingRecorder recorder;

    /** A sink that breaks its contract the way a bug in our own code would. */
    private static final class ThrowingSink implements CaptureSink {
        final boolean onSnapshot;
        final AtomicInteger snapshots = new AtomicInteger();

        ThrowingSink(boolean onSnapshot) {
            this.onSnapshot = onSnapshot;
        }

        @Override
        public void snapshot(ViewNode desktop, long ts) {
            snapshots.incrementAndGet();
            if (onSnapshot) throw new IllegalStateException("boom in snapshot");
        }

        @Override
        public void mouseMove(long key, int x, int y, long ts) {}

        @Override
        public void mouseAction(MouseAction a, long key, int x, int y, long ts) {
            if (a == MouseAction.MOUSE_DOWN) throw new IllegalStateException("boom in mouseAction");
        }
    }

    @BeforeEach
    void catchEverything() {
        previousLog = Log.swapSinkForTests(logLines::add);
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void restore() throws Exception {
        if (recorder != null) recorder.stop();
        Edt.run(() -> {
            if (frame != null) frame.dispose();
        });
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        Log.swapSinkForTests(previousLog);
    }

    @Test
    void anErrorInTheEventListenerNeverReachesSwing() throws Exception {
        ThrowingSink sink = new ThrowingSink(false);
        AtomicInteger appSawPress = new AtomicInteger();
        JButton[] button = new JButton[1];
        Edt.run(() -> {
            button[0] = new JButton("Press");
            button[0].addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    appSawPress.incrementAndGet();
                }
            });
            JPanel p = new JPanel();
            p.add(button[0]);
            frame = new JFrame("Failing");
            frame.setContentPane(p);
            frame.setBounds(0, 0, 200, 100);
            frame.setVisible(true);
        });
        recorder = SwingRecorder.start(new CaptureSettings(20, 1000, 3600), sink);
        waitFor(() -> sink.snapshots.get() > 0 || !logLines.isEmpty());
        assertTrue(logLines.isEmpty(), logLines.toString());

        for (int i = 0; i < 2; i++) {
            Edt.run(() -> button[0].dispatchEvent(new MouseEvent(
                    button[0],
                    MouseEvent.MOUSE_PRESSED,
                    System.currentTimeMillis(),
                    InputEvent.BUTTON1_DOWN_MASK,
                    5,
                    5,
                    1,
                    false,
                    MouseEvent.BUTTON1)));
        }
        Edt.flush();

        assertEquals(2, appSawPress.get(), "the app's own listener still ran, twice");
        assertTrue(uncaught.isEmpty(), "nothing thrown into Swing: " + uncaught);
        assertFalse(recorder.isCapturing(), "capture is switched off");
        assertEquals(1, logLines.size(), "logged once: " + logLines);
        assertTrue(logLines.get(0).contains("boom in mouseAction"), logLines.get(0));
    }

    @Test
    void anErrorDuringCaptureDisablesCaptureQuietly() throws Exception {
        ThrowingSink sink = new ThrowingSink(true);
        Edt.run(() -> {
            frame = new JFrame("Failing capture");
            frame.setBounds(0, 0, 200, 100);
            frame.setVisible(true);
        });
        recorder = SwingRecorder.start(new CaptureSettings(20, 1000, 3600), sink);
        // Capture switches off first, then the one line is logged: wait for both.
        waitFor(() -> !recorder.isCapturing() && !logLines.isEmpty());
        assertTrue(logLines.get(0).contains("boom in snapshot"), logLines.toString());
        Edt.run(() -> frame.setTitle("changed"));
        Thread.sleep(300);
        Edt.flush();
        assertEquals(1, sink.snapshots.get(), "no capture after the failure");
        assertTrue(uncaught.isEmpty(), "nothing thrown into Swing: " + uncaught);
        assertEquals(1, logLines.size(), "logged once: " + logLines);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out");
            Thread.sleep(10);
        }
    }
}
