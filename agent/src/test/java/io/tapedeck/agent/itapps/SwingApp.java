package io.tapedeck.agent.itapps;

import java.awt.BorderLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

/**
 * A small Swing app that knows nothing about Tapedeck, run in child JVMs by the agent's ITs.
 * Shows a window, changes it a little, closes it and returns from main, so the JVM exits the way
 * a real app does: when its last window is gone and only daemon threads are left.
 *
 * <p>Arguments: how long to stay open in milliseconds, or {@code stdin} to stay until a line (or
 * end of input) arrives on standard input; then optionally {@code await-recording}, to wait (at
 * most 10 s) until Tapedeck reports a recording before reporting its replay id. Prints {@code ready pid=N} once the window shows,
 * {@code replayId=...} as the Tapedeck API sees it (if Tapedeck is on the class path, as it is
 * with the agent), and {@code app done} at the end.
 */
public final class SwingApp {
    private SwingApp() {}

    /** Draws under its child: recording that needs javax.swing opened to Tapedeck (the agent does it). */
    static final class PaintedContainer extends javax.swing.JPanel {
        static final String DRAWN = "drawn by a container";

        PaintedContainer() {
            super(new BorderLayout());
            add(new JLabel("child"), BorderLayout.NORTH);
            setPreferredSize(new java.awt.Dimension(140, 60));
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            super.paintComponent(g);
            g.drawString(DRAWN, 4, 45);
        }
    }

    public static void main(String[] args) throws Exception {
        String hold = args.length > 0 ? args[0] : "1500";
        boolean awaitRecording = args.length > 1 && "await-recording".equals(args[1]);
        JFrame[] frame = new JFrame[1];
        JTextField[] field = new JTextField[1];
        SwingUtilities.invokeAndWait(() -> {
            JFrame f = new JFrame("Tapedeck IT app");
            f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
            f.getContentPane().add(new JLabel("Customer"), BorderLayout.NORTH);
            field[0] = new JTextField(20);
            f.getContentPane().add(field[0], BorderLayout.CENTER);
            f.getContentPane().add(new JButton("Save"), BorderLayout.SOUTH);
            f.getContentPane().add(new PaintedContainer(), BorderLayout.EAST);
            f.setBounds(50, 50, 320, 160);
            f.setVisible(true);
            frame[0] = f;
        });
        System.out.println("ready pid=" + ProcessHandle.current().pid());
        if ("stdin".equals(hold)) {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } else {
            long end = System.currentTimeMillis() + Long.parseLong(hold);
            int n = 0;
            while (System.currentTimeMillis() < end) {
                String text = "typed " + (++n);
                SwingUtilities.invokeLater(() -> field[0].setText(text));
                Thread.sleep(200);
            }
        }
        if (awaitRecording) awaitTapedeckRecording();
        System.out.println("replayId=" + tapedeckReplayId());
        SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        System.out.println("app done");
    }

    private static void awaitTapedeckRecording() throws Exception {
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end && "Optional.empty".equals(tapedeckReplayId())) Thread.sleep(50);
    }

    /** By reflection: without the agent, the app runs with no Tapedeck class at all. */
    static String tapedeckReplayId() {
        try {
            Class<?> tapedeck = Class.forName("io.tapedeck.Tapedeck");
            Method replayId = tapedeck.getMethod("replayId");
            return String.valueOf(replayId.invoke(null));
        } catch (ClassNotFoundException e) {
            return "no-tapedeck";
        } catch (Exception e) {
            return "failed: " + e;
        }
    }
}
