package io.tapedeck.core.internal.view;

/** Pointer and focus actions, with the rrweb MouseInteraction code each maps to. */
public enum MouseAction {
    MOUSE_UP(0),
    MOUSE_DOWN(1),
    CLICK(2),
    CONTEXT_MENU(3),
    DOUBLE_CLICK(4),
    FOCUS(5),
    BLUR(6);

    private final int rrwebCode;

    MouseAction(int rrwebCode) {
        this.rrwebCode = rrwebCode;
    }

    /** The rrweb {@code MouseInteractions} value. */
    public int rrwebCode() {
        return rrwebCode;
    }
}
