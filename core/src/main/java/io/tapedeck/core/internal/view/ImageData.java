package io.tapedeck.core.internal.view;

/**
 * An image (an icon) captured by an adapter. The adapter copies the pixels on the UI thread;
 * encoding happens later, off it, when core first needs the bytes. Implementations must be
 * immutable and thread-safe, and equal images should share a {@link #contentKey()}.
 */
public interface ImageData {
    /** Stable key of the pixels (a content hash), so the same image is recognised. */
    String contentKey();

    int width();

    int height();

    /** A {@code data:} URL of the image; called off the UI thread, possibly more than once. */
    String toDataUrl();
}
