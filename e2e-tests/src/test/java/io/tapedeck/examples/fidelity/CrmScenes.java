package io.tapedeck.examples.fidelity;

import io.tapedeck.examples.crm.CrmApp;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tapedeck CRM's main screens as scenes, without touching the CRM's code: its autopilot prints
 * {@code AUTOPILOT checkpoint NAME EPOCH_MS} once a state is really shown and then holds it for
 * at least {@link #AUTOPILOT_HOLD_MS}; this class listens to {@code System.out} for those lines
 * and shoots a scene inside each hold. After the last wanted checkpoint it exits the JVM
 * (the autopilot would go on browsing).
 */
final class CrmScenes {
    /** The autopilot's shortest hold after a checkpoint (Autopilot: max(900, ...)). */
    private static final long AUTOPILOT_HOLD_MS = 900;
    /** Checkpoint → scene name: sign-in, the customers table with the form, a dialog, the tree, the chart, a menu. */
    private static final List<String[]> WANTED = List.of(
            new String[] {"password-typed", "crm-sign-in"},
            new String[] {"row-selected", "crm-customers"},
            new String[] {"dialog-open", "crm-new-customer"},
            new String[] {"accounts-tab", "crm-accounts"},
            new String[] {"reports-tab", "crm-reports-chart"},
            new String[] {"menu-open", "crm-help-menu"});

    private final SceneCamera camera;
    private final BlockingQueue<String[]> reached = new LinkedBlockingQueue<>();

    CrmScenes(SceneCamera camera) {
        this.camera = camera;
    }

    void run() throws Exception {
        System.setOut(new PrintStream(new CheckpointWatcher(System.out), true, StandardCharsets.UTF_8));
        CrmApp.main(new String[] {"--autopilot-seconds", "12"});
        int shot = 0;
        while (shot < WANTED.size()) {
            String[] checkpoint = reached.poll(40, TimeUnit.SECONDS);
            if (checkpoint == null) {
                throw new IllegalStateException("the CRM autopilot reached no wanted checkpoint in 40 s");
            }
            if (checkpoint[0].equals("failed")) {
                throw new IllegalStateException("the CRM autopilot failed");
            }
            String scene = sceneFor(checkpoint[0]);
            if (scene == null) {
                continue;
            }
            long at = Long.parseLong(checkpoint[1]);
            camera.sceneHeldUntil(scene, at + AUTOPILOT_HOLD_MS - 50);
            shot++;
        }
        System.out.println("FIDELITY done");
        System.exit(0);
    }

    private static String sceneFor(String checkpoint) {
        for (String[] wanted : WANTED) {
            if (wanted[0].equals(checkpoint)) {
                return wanted[1];
            }
        }
        return null;
    }

    /** Passes everything on, and queues each checkpoint line as it completes. */
    private final class CheckpointWatcher extends OutputStream {
        private final PrintStream out;
        private final StringBuilder line = new StringBuilder();

        CheckpointWatcher(PrintStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) {
            out.write(b);
            if (b == '\n') {
                String[] parts = line.toString().trim().split(" ");
                if (parts.length == 4 && parts[0].equals("AUTOPILOT") && parts[1].equals("checkpoint")) {
                    reached.add(new String[] {parts[2], parts[3]});
                } else if (parts.length >= 2 && parts[0].equals("AUTOPILOT") && parts[1].equals("failed:")) {
                    reached.add(new String[] {"failed", "0"});
                }
                line.setLength(0);
            } else if (b != '\r') {
                line.append((char) b);
            }
        }

        @Override
        public void flush() {
            out.flush();
        }
    }
}
