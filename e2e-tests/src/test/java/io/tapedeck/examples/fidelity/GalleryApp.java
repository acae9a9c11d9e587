package io.tapedeck.examples.fidelity;

import io.tapedeck.examples.crm.CrmApp;
import java.awt.Color;
import java.awt.Component;
import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JColorChooser;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JToolTip;
import javax.swing.MenuElement;
import javax.swing.MenuSelectionManager;
import javax.swing.SwingUtilities;
import javax.swing.ToolTipManager;
import javax.swing.text.JTextComponent;

/**
 * The scripted app of the fidelity check: {@code GalleryApp OUT_DIR [--crm]}, run under the
 * agent with {@code -Ddemo.laf=...} and {@code -Dsun.java2d.uiScale=...}. Walks the
 * {@link Gallery}'s scenes (and with {@code --crm} then Tapedeck CRM's main screens on its
 * autopilot, see {@link CrmScenes}), shooting each through a {@link SceneCamera} into OUT_DIR,
 * then exits (the agent's shutdown hook writes the last events).
 */
public final class GalleryApp {
    /**
     * How long a scene stays after its screenshots, for the recorder to catch up: it captures a
     * few times a second, and after an expensive capture its UI-thread budget may hold the next
     * one back.
     */
    private static final long HOLD_MS = 650;
    /** For scenes that change much at once (a tab, a dialog): a longer capture. */
    private static final long BIG_HOLD_MS = 950;

    private GalleryApp() {}

    public static void main(String[] args) throws Exception {
        Path out = Paths.get(args[0]);
        boolean crm = args.length > 1 && args[1].equals("--crm");
        startWatchdog();
        try {
            SwingUtilities.invokeAndWait(CrmApp::installLookAndFeel);
            // The scale Java really applies: on Linux a fractional sun.java2d.uiScale is rounded
            // down to a whole number, so the replay must be viewed at that scale, not the asked one.
            double scale = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getDefaultScreenDevice()
                    .getDefaultConfiguration()
                    .getDefaultTransform()
                    .getScaleX();
            SceneCamera camera = SceneCamera.swing(out, System.getProperty("demo.laf", "metal"), scale);
            galleryScenes(camera, out);
            if (crm) {
                new CrmScenes(camera).run(); // exits the JVM when its last scene is shot
                return;
            }
            done();
        } catch (Throwable t) {
            failed(t);
        }
    }

    /** A stuck script must not leave a JVM running under a test (for the JavaFX gallery too). */
    static void startWatchdog() {
        Thread watchdog = new Thread(
                () -> {
                    sleep(90_000);
                    System.out.println("FIDELITY failed: still running after 90 s");
                    Runtime.getRuntime().halt(3);
                },
                "fidelity-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** The script's end, as FidelityRun reads it. */
    static void done() {
        System.out.println("FIDELITY done");
        System.exit(0);
    }

    static void failed(Throwable t) {
        System.out.println("FIDELITY failed: " + t);
        t.printStackTrace(System.out);
        System.exit(1);
    }

    private static void galleryScenes(SceneCamera camera, Path out) throws Exception {
        Gallery g = onEdt(() -> {
            ToolTipManager.sharedInstance().setInitialDelay(50);
            Gallery gallery = new Gallery();
            gallery.frame.setVisible(true);
            return gallery;
        });
        Robot robot = new Robot();
        parkMouse(robot); // off every window: no rollover, no tooltip by accident
        camera.scene("data", BIG_HOLD_MS);

        edt(() -> {
            g.table.editCellAt(3, 1);
            Component editor = g.table.getEditorComponent();
            if (editor instanceof JTextComponent) {
                ((JTextComponent) editor).setText("Edited name");
                editor.requestFocusInWindow();
            }
        });
        camera.scene("table-editing", HOLD_MS);
        edt(() -> g.table.getCellEditor().cancelCellEditing());

        edt(() -> g.lightPopup.show(g.table, 60, 60));
        camera.scene("popup-lightweight", HOLD_MS);
        edt(() -> g.lightPopup.setVisible(false));

        // Shown past the frame's right edge: no lightweight popup fits, so it gets its own window.
        edt(() -> g.heavyPopup.show(g.tabs, g.tabs.getWidth() - 40, 40));
        camera.scene("popup-heavyweight", HOLD_MS);
        edt(() -> g.heavyPopup.setVisible(false));

        edt(() -> {
            g.fileMenu.setPopupMenuVisible(true);
            g.recentMenu.setPopupMenuVisible(true);
            MenuSelectionManager.defaultManager().setSelectedPath(new MenuElement[] {
                g.frame.getJMenuBar(), g.fileMenu, g.fileMenu.getPopupMenu(), g.recentMenu, g.recentMenu.getPopupMenu()
            });
        });
        camera.scene("menu-submenu", HOLD_MS);
        edt(() -> MenuSelectionManager.defaultManager().clearSelectedPath());

        edt(() -> g.tabs.setSelectedIndex(1));
        camera.scene("controls", BIG_HOLD_MS);

        edt(() -> g.period.setPopupVisible(true));
        camera.scene("combo-open", HOLD_MS);
        edt(() -> g.period.setPopupVisible(false));

        Point over = onEdt(() -> {
            Point p = new Point(g.details.getWidth() / 2, g.details.getHeight() / 2);
            SwingUtilities.convertPointToScreen(p, g.details);
            return p;
        });
        robot.mouseMove(over.x - 3, over.y);
        robot.mouseMove(over.x, over.y);
        waitFor(() -> showing(JToolTip.class), 3000);
        camera.scene("tooltip", HOLD_MS);
        parkMouse(robot);
        waitFor(() -> !showing(JToolTip.class), 3000);

        edt(() -> {
            g.tabs.setSelectedIndex(2);
            g.layeredNote.setVisible(true);
            g.glass.setVisible(true);
        });
        camera.scene("desktop-layers", BIG_HOLD_MS);
        edt(() -> {
            g.layeredNote.setVisible(false);
            g.glass.setVisible(false);
        });

        JDialog option = onEdt(() -> {
            JOptionPane pane = new JOptionPane(
                    "Save the changes to april-report.csv?",
                    JOptionPane.QUESTION_MESSAGE,
                    JOptionPane.YES_NO_CANCEL_OPTION);
            JDialog dialog = pane.createDialog(g.frame, "Unsaved changes");
            dialog.setModal(false);
            dialog.setLocation(60, 80);
            dialog.setVisible(true);
            return dialog;
        });
        camera.scene("option-pane", BIG_HOLD_MS);
        edt(option::dispose);

        Path folder = sampleFolder(out);
        JDialog files = onEdt(() -> {
            JFileChooser chooser = new JFileChooser(folder.toFile());
            chooser.setDialogTitle("Open report");
            JDialog dialog = new JDialog(g.frame, "Open report", false);
            dialog.setContentPane(chooser);
            dialog.setBounds(30, 40, 560, 360);
            dialog.setVisible(true);
            return dialog;
        });
        camera.scene("file-chooser", BIG_HOLD_MS);
        edt(files::dispose);

        JDialog colors = onEdt(() -> {
            JColorChooser chooser = new JColorChooser(new Color(0x3C78B4));
            JDialog dialog = JColorChooser.createDialog(g.frame, "Pick a colour", false, chooser, null, null);
            dialog.setLocation(20, 20);
            dialog.setVisible(true);
            return dialog;
        });
        camera.scene("color-chooser", BIG_HOLD_MS);
        edt(() -> {
            colors.dispose();
            g.frame.dispose();
        });
    }

    /** A folder whose listing is the same on every machine. */
    private static Path sampleFolder(Path out) throws IOException {
        Path folder = Files.createDirectories(out.resolve("sample-folder"));
        Files.createDirectories(folder.resolve("archive"));
        for (String name : new String[] {"april-report.csv", "budget-2025.xlsx", "notes.txt", "team-photo.png"}) {
            Files.writeString(folder.resolve(name), name);
        }
        return folder;
    }

    /** The screen's bottom-left corner, outside every window of the script. */
    private static void parkMouse(Robot robot) {
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration()
                .getBounds();
        robot.mouseMove(screen.x + 2, screen.y + screen.height - 3);
    }

    static boolean showing(Class<? extends Component> type) {
        AtomicBoolean found = new AtomicBoolean();
        try {
            SwingUtilities.invokeAndWait(() -> {
                for (Window w : Window.getWindows()) {
                    if (w.isShowing() && contains(w, type)) {
                        found.set(true);
                    }
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found.get();
    }

    private static boolean contains(java.awt.Container c, Class<? extends Component> type) {
        for (Component child : c.getComponents()) {
            if (child.isShowing()
                    && (type.isInstance(child)
                            || child instanceof java.awt.Container && contains((java.awt.Container) child, type))) {
                return true;
            }
        }
        return false;
    }

    static void waitFor(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                System.out.println("FIDELITY gave up waiting (" + timeoutMs + " ms); the scene is shot as it is");
                return;
            }
            Thread.sleep(25);
        }
    }

    static void edt(Runnable action) throws Exception {
        SwingUtilities.invokeAndWait(action);
    }

    static <T> T onEdt(Callable<T> action) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                result[0] = action.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
