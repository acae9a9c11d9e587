package io.tapedeck.core.internal.view;

/**
 * Where an adapter hands what it captured. Called on the UI thread: every method returns at
 * once, never blocks and never throws (a full queue drops and counts instead). Coordinates are
 * screen pixels: the {@link ViewKind#DESKTOP} root's {@code x, y} is the screen position of its
 * top-left corner and its windows are placed relative to it; pointer positions are screen
 * positions. Each toolkit's adapter hands its own desktop, with a root key of its own; core
 * records them as one. Timestamps are epoch milliseconds.
 */
public interface CaptureSink {
    /** A complete capture: the desktop root, sharing unchanged subtrees with earlier ones. */
    void snapshot(ViewNode desktop, long timestamp);

    /** A sampled pointer position over the node with {@code key} (0 if none). */
    void mouseMove(long key, int x, int y, long timestamp);

    /** A click, press, focus change… on the node with {@code key}. */
    void mouseAction(MouseAction action, long key, int x, int y, long timestamp);
}
