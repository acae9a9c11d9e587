package io.tapedeck.core.internal.dom;

/**
 * Ids for the SVG nodes of recorded paintings, which are too many per view for the eight ids
 * a view key owns ({@link NodeIds}). They are handed out in sequence for the session, above
 * every view id (keys are below 2^44, so view ids below 2^47) and below 2^53, where a
 * JavaScript number stops being exact. Not thread-safe (the recorder thread only).
 */
final class DrawingIds {
    static final long FIRST = 1L << 47;
    static final long LIMIT = 1L << 53;

    private long next = FIRST;

    long next() {
        if (next >= LIMIT) throw new IllegalStateException("drawing ids exhausted");
        return next++;
    }
}
