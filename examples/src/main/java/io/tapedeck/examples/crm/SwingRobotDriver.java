package io.tapedeck.examples.crm;

import io.tapedeck.examples.autopilot.RobotDriver;
import java.awt.AWTException;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;

/**
 * The Swing column of {@link RobotDriver}: every component position is read on the EDT, every
 * Robot call happens off it (Robot waits for the event queue, so calling it on the EDT would
 * deadlock).
 */
final class SwingRobotDriver extends RobotDriver<Integer> {
    private final Robot robot;
    private Point mouse = new Point(0, 0);
    /** Screen point and click count of the last click, for {@link #repeatLastClickThroughEventQueue}. */
    private Point lastClickAt;

    private int lastClickCount;

    SwingRobotDriver(int keyDelayMs) throws AWTException {
        super(keyDelayMs, KeyEvent.VK_SHIFT, Keystrokes::strokeFor);
        if (SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Robot must not run on the EDT");
        }
        this.robot = new Robot();
        robot.setAutoWaitForIdle(false);
    }

    /** Runs {@code task} on the EDT and returns its result. */
    @Override
    public <T> T onUiThread(Callable<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(task.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        return result.get();
    }

    /** The screen point at the centre of {@code area} (in {@code component}'s coordinates). */
    Point screenPoint(Supplier<Component> component, Supplier<Rectangle> area) {
        return onUiThread(() -> {
            Component c = component.get();
            if (c == null || !c.isShowing()) {
                throw new IllegalStateException("not showing: " + c);
            }
            Rectangle r = area == null ? new Rectangle(0, 0, c.getWidth(), c.getHeight()) : area.get();
            Point p = new Point(r.x + r.width / 2, r.y + r.height / 2);
            SwingUtilities.convertPointToScreen(p, c);
            return p;
        });
    }

    Point centerOf(Supplier<Component> component) {
        return screenPoint(component, null);
    }

    /** Moves the mouse in small steps so the replay shows a believable path. */
    void glideTo(Point target) {
        glide(mouse.x, mouse.y, target.x, target.y);
        mouse = new Point(target);
    }

    @Override
    protected void moveMouse(double x, double y) {
        robot.mouseMove((int) Math.round(x), (int) Math.round(y));
    }

    void click(Point at) {
        lastClickAt = new Point(at);
        lastClickCount = 1;
        glideTo(at);
        press(InputEvent.BUTTON1_DOWN_MASK);
        idle();
    }

    void doubleClick(Point at) {
        lastClickAt = new Point(at);
        lastClickCount = 2;
        glideTo(at);
        press(InputEvent.BUTTON1_DOWN_MASK);
        sleep(60);
        press(InputEvent.BUTTON1_DOWN_MASK);
        idle();
    }

    void click(Supplier<Component> component) {
        click(centerOf(component));
    }

    private void press(int buttons) {
        robot.mousePress(buttons);
        sleep(40);
        robot.mouseRelease(buttons);
    }

    void wheel(int notches) {
        robot.mouseWheel(notches);
        idle();
    }

    @Override
    protected void pressKey(Integer keyCode) {
        robot.keyPress(keyCode);
    }

    @Override
    protected void releaseKey(Integer keyCode) {
        robot.keyRelease(keyCode);
    }

    /** Here, off the EDT: Robot waits for the event queue. */
    @Override
    protected void robotInput(Runnable input) {
        input.run();
    }

    /**
     * Under an X server without a window manager (Xvfb), a freshly shown dialog can sit at one
     * place on the screen while AWT believes it is at another (AWT took a stale configure
     * event), so clicks computed from AWT's coordinates land on the blocked owner. Moving each
     * window by a pixel and back makes the X server and AWT agree again.
     */
    void resyncWindowPositions() {
        onUiThread(() -> {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (!w.isShowing()) continue;
                Point p = w.getLocation();
                w.setLocation(p.x + 1, p.y);
                w.setLocation(p);
            }
            return null;
        });
        sleep(200);
        idle();
    }

    /**
     * The last resort when real clicks keep missing (an X server without a window manager that
     * lost track of a window): the same click, as press/release/click events posted to the
     * component AWT believes is at that point, through the ordinary event queue — so the app and
     * every AWT listener (the recorder's too) see a click like any other.
     */
    void repeatLastClickThroughEventQueue() {
        if (lastClickAt == null) return;
        Point at = lastClickAt;
        int clicks = lastClickCount;
        onUiThread(() -> {
            java.awt.Window[] windows = java.awt.Window.getWindows();
            for (int i = windows.length - 1; i >= 0; i--) {
                java.awt.Window w = windows[i];
                if (!w.isShowing() || !w.getBounds().contains(at)) continue;
                Point inWindow = new Point(at);
                SwingUtilities.convertPointFromScreen(inWindow, w);
                Component target = SwingUtilities.getDeepestComponentAt(w, inWindow.x, inWindow.y);
                if (target == null) target = w;
                Point p = SwingUtilities.convertPoint(w, inWindow, target);
                java.awt.EventQueue queue = java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue();
                long now = System.currentTimeMillis();
                for (int n = 1; n <= clicks; n++) {
                    queue.postEvent(mouseEvent(
                            target, java.awt.event.MouseEvent.MOUSE_PRESSED, now, p, n, InputEvent.BUTTON1_DOWN_MASK));
                    queue.postEvent(mouseEvent(target, java.awt.event.MouseEvent.MOUSE_RELEASED, now, p, n, 0));
                    queue.postEvent(mouseEvent(target, java.awt.event.MouseEvent.MOUSE_CLICKED, now, p, n, 0));
                }
                return null;
            }
            return null;
        });
        idle();
    }

    private static java.awt.event.MouseEvent mouseEvent(
            Component target, int id, long when, Point p, int clickCount, int modifiers) {
        return new java.awt.event.MouseEvent(
                target, id, when, modifiers, p.x, p.y, clickCount, false, java.awt.event.MouseEvent.BUTTON1);
    }
}
