package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.record.ReplayClock;
import io.tapedeck.core.internal.safety.ErrorBoundary;
import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Pointer and focus input of JavaFX scenes, forwarded to the sink as it happens (on the FX
 * thread, from an event filter on each scene, which sees every mouse event before the app's
 * handlers and never consumes one). Positions are screen pixels; moves are sampled. Key events
 * are never looked at: typing reaches the replay as text changes of the focused control.
 */
final class FxInputRecorder {
    static final long MOVE_SAMPLE_MS = 50;

    private final CaptureSink sink;
    private final ToLongFunction<Node> keys;
    private final ErrorBoundary boundary;
    private final Consumer<MouseEvent> onMouse = this::mouse;
    private final EventHandler<MouseEvent> mouse;
    private final ChangeListener<Node> focus;
    private int lastX, lastY;
    private long lastMoveAt;

    /**
     * @param keys   the key of the nearest captured node at or above a node (0 if none)
     * @param boundary where a failure here goes; nothing is thrown into JavaFX
     */
    FxInputRecorder(CaptureSink sink, ToLongFunction<Node> keys, ErrorBoundary boundary) {
        this.sink = sink;
        this.keys = keys;
        this.boundary = boundary;
        this.mouse = e -> boundary.accept("mouse input", onMouse, e);
        this.focus = (property, lost, gained) -> boundary.run("focus input", () -> focus(lost, gained));
    }

    void attach(Scene scene) {
        scene.addEventFilter(MouseEvent.ANY, mouse);
        scene.focusOwnerProperty().addListener(focus);
    }

    void detach(Scene scene) {
        scene.removeEventFilter(MouseEvent.ANY, mouse);
        scene.focusOwnerProperty().removeListener(focus);
    }

    private void mouse(MouseEvent e) {
        long now = ReplayClock.now();
        lastX = (int) Math.round(e.getScreenX());
        lastY = (int) Math.round(e.getScreenY());
        if (e.getEventType() == MouseEvent.MOUSE_MOVED || e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            if (now - lastMoveAt < MOVE_SAMPLE_MS) return;
            lastMoveAt = now;
            sink.mouseMove(keyOf(e.getTarget()), lastX, lastY, now);
        } else if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            long key = keyOf(e.getTarget());
            sink.mouseAction(MouseAction.MOUSE_DOWN, key, lastX, lastY, now);
            if (e.isPopupTrigger() || e.getButton() == MouseButton.SECONDARY) {
                sink.mouseAction(MouseAction.CONTEXT_MENU, key, lastX, lastY, now);
            }
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            sink.mouseAction(MouseAction.MOUSE_UP, keyOf(e.getTarget()), lastX, lastY, now);
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.isStillSincePress()) {
            long key = keyOf(e.getTarget());
            sink.mouseAction(MouseAction.CLICK, key, lastX, lastY, now);
            if (e.getClickCount() == 2) sink.mouseAction(MouseAction.DOUBLE_CLICK, key, lastX, lastY, now);
        }
    }

    private void focus(Node lost, Node gained) {
        long now = ReplayClock.now();
        if (lost != null) sink.mouseAction(MouseAction.BLUR, keys.applyAsLong(lost), lastX, lastY, now);
        if (gained != null) sink.mouseAction(MouseAction.FOCUS, keys.applyAsLong(gained), lastX, lastY, now);
    }

    private long keyOf(EventTarget target) {
        return target instanceof Node ? keys.applyAsLong((Node) target) : 0;
    }
}
