package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.record.ReplayClock;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.awt.Component;
import java.awt.event.FocusEvent;
import java.awt.event.MouseEvent;

/**
 * Pointer and focus input, forwarded to the sink as it happens (on the EDT, from
 * {@link SwingChangeTracker}). Positions are screen pixels (core maps them onto the recorded
 * desktop). Moves are sampled. Key events are never looked at: typing reaches the
 * replay as text changes of the focused component.
 */
final class SwingInputRecorder {
    static final long MOVE_SAMPLE_MS = 50;

    private final CaptureSink sink;
    private final ComponentRegistry registry;
    private int lastX, lastY;
    private long lastMoveAt;

    SwingInputRecorder(CaptureSink sink, ComponentRegistry registry) {
        this.sink = sink;
        this.registry = registry;
    }

    void mouse(MouseEvent e) {
        int id = e.getID();
        if (id == MouseEvent.MOUSE_ENTERED || id == MouseEvent.MOUSE_EXITED || id == MouseEvent.MOUSE_WHEEL) return;
        long now = ReplayClock.now();
        lastX = e.getXOnScreen();
        lastY = e.getYOnScreen();
        switch (id) {
            case MouseEvent.MOUSE_MOVED:
            case MouseEvent.MOUSE_DRAGGED:
                if (now - lastMoveAt < MOVE_SAMPLE_MS) return;
                lastMoveAt = now;
                sink.mouseMove(keyAt(e), lastX, lastY, now);
                break;
            case MouseEvent.MOUSE_PRESSED:
                sink.mouseAction(MouseAction.MOUSE_DOWN, keyAt(e), lastX, lastY, now);
                if (e.isPopupTrigger()) sink.mouseAction(MouseAction.CONTEXT_MENU, keyAt(e), lastX, lastY, now);
                break;
            case MouseEvent.MOUSE_RELEASED:
                sink.mouseAction(MouseAction.MOUSE_UP, keyAt(e), lastX, lastY, now);
                if (e.isPopupTrigger()) sink.mouseAction(MouseAction.CONTEXT_MENU, keyAt(e), lastX, lastY, now);
                break;
            case MouseEvent.MOUSE_CLICKED: {
                long key = keyAt(e);
                sink.mouseAction(MouseAction.CLICK, key, lastX, lastY, now);
                if (e.getClickCount() == 2) sink.mouseAction(MouseAction.DOUBLE_CLICK, key, lastX, lastY, now);
                break;
            }
            default:
                break;
        }
    }

    void focus(FocusEvent e) {
        MouseAction action = e.getID() == FocusEvent.FOCUS_GAINED ? MouseAction.FOCUS : MouseAction.BLUR;
        sink.mouseAction(action, keyOf(e.getComponent()), lastX, lastY, ReplayClock.now());
    }

    /** The key of the node under the pointer: a grid's cell if there is one, else the component. */
    private long keyAt(MouseEvent e) {
        Component c = e.getComponent();
        ComponentState t = registry.find(c);
        if (t != null && t.last != null && t.last.kind() == ViewKind.GRID) {
            int x = e.getX(), y = e.getY();
            for (ViewNode cell : t.partNodes) {
                if (x >= cell.x() && y >= cell.y() && x < cell.x() + cell.width() && y < cell.y() + cell.height()) {
                    return cell.key();
                }
            }
        }
        return keyOf(c);
    }

    /**
     * The key of the nearest captured component at or above {@code c}: internal parts we do not
     * show (a combo's arrow button) report their visible owner. 0 when none was captured yet.
     */
    private long keyOf(Component c) {
        for (Component k = c; k != null; k = k.getParent()) {
            ComponentState t = registry.find(k);
            if (t != null && t.last != null) return t.key;
        }
        return 0;
    }
}
