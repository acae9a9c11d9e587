package io.tapedeck.collector.internal;

/**
 * What one validated batch adds to its session's index.
 *
 * @param events         event lines in the batch
 * @param firstTimestamp smallest event timestamp (epoch ms)
 * @param lastTimestamp  largest event timestamp (epoch ms)
 * @param windowTitle    the first window title found in the batch, or null
 * @param width          largest viewport width announced (Meta, ViewportResize), 0 if none
 * @param height         largest viewport height announced, 0 if none
 */
record BatchSummary(int events, long firstTimestamp, long lastTimestamp, String windowTitle, int width, int height) {}
