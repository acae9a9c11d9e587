package io.tapedeck.examples.fidelity;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.awt.image.MultiResolutionImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * A Swing app's screen for the {@link SceneCamera}: windows and their texts from the Swing
 * tree on the EDT, screenshots with {@code java.awt.Robot} in device pixels
 * ({@code sun.java2d.uiScale} applied), bounds in Swing's user space as the recording has them.
 */
final class SwingScreen implements AppScreen {
    private final Robot robot;

    SwingScreen() throws Exception {
        this.robot = new Robot();
    }

    /** EDT idle twice over, the X server done, and a little time for asynchronous painting. */
    @Override
    public void settle() throws Exception {
        AtomicReference<Boolean> moved = new AtomicReference<>(false);
        SwingUtilities.invokeAndWait(() -> moved.set(realignDialogs()));
        if (moved.get()) {
            // The X server answers each move with its own configure event, and AWT takes the
            // window's location from it: for a moment after the remedy AWT (and so the recording)
            // can see the pixel-moved location. Let both moves come back before anything is shot.
            Toolkit.getDefaultToolkit().sync();
            Thread.sleep(200);
        }
        for (int round = 0; round < 2; round++) {
            Toolkit.getDefaultToolkit().sync();
            SwingUtilities.invokeAndWait(() -> {});
            Thread.sleep(40);
        }
        Toolkit.getDefaultToolkit().sync();
        SwingUtilities.invokeAndWait(() -> {});
        Thread.sleep(90);
        Toolkit.getDefaultToolkit().sync();
    }

    /**
     * Without a window manager (Xvfb) the X server and AWT sometimes disagree about where a
     * just-opened dialog is, and the screenshot of its bounds shows whatever lies there. Moving
     * each dialog by a pixel and back makes them agree (the CRM autopilot's remedy too). Frames
     * are left alone: moving a window closes its open popup menus.
     */
    private static boolean realignDialogs() {
        boolean moved = false;
        for (Window w : Window.getWindows()) {
            if (w instanceof java.awt.Dialog && w.isShowing()) {
                java.awt.Point p = w.getLocation();
                w.setLocation(p.x + 1, p.y);
                w.setLocation(p);
                moved = true;
            }
        }
        return moved;
    }

    /** Every showing window, on the EDT: bounds, title, class and visible texts. */
    @Override
    public List<SceneManifest.Shot> windows() throws Exception {
        AtomicReference<List<SceneManifest.Shot>> read = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            List<SceneManifest.Shot> shots = new ArrayList<>();
            for (Window w : Window.getWindows()) {
                if (!w.isShowing() || w.getWidth() <= 0 || w.getHeight() <= 0) {
                    continue;
                }
                shots.add(new SceneManifest.Shot(
                        VisibleTexts.titleOf(w),
                        w.getClass().getName(),
                        w.getBounds(),
                        null,
                        null,
                        VisibleTexts.of(w)));
            }
            read.set(shots);
        });
        return read.get();
    }

    @Override
    public Rectangle screen() {
        return GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getDefaultScreenDevice()
                .getDefaultConfiguration()
                .getBounds();
    }

    /** The screen area in device pixels: the largest resolution variant of the capture. */
    @Override
    public BufferedImage capture(Rectangle area) {
        MultiResolutionImage multi = robot.createMultiResolutionScreenCapture(area);
        Image best = null;
        for (Image variant : multi.getResolutionVariants()) {
            if (best == null || variant.getWidth(null) > best.getWidth(null)) {
                best = variant;
            }
        }
        if (best instanceof BufferedImage) {
            return (BufferedImage) best;
        }
        BufferedImage copy = new BufferedImage(best.getWidth(null), best.getHeight(null), BufferedImage.TYPE_INT_RGB);
        copy.getGraphics().drawImage(best, 0, 0, null);
        return copy;
    }
}
