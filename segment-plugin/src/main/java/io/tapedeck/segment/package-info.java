/**
 * Session replay for apps that send analytics with Segment's Java library:
 * {@link io.tapedeck.segment.TapedeckSegmentPlugin}. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.tapedeck.segment;

import org.jspecify.annotations.NullMarked;
