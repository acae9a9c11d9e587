/**
 * Session replay for apps that send analytics with Amplitude's Java SDK:
 * {@link io.tapedeck.amplitude.TapedeckAmplitudeMiddleware}. Nothing here is null unless marked
 * {@code @Nullable}.
 */
@NullMarked
package io.tapedeck.amplitude;

import org.jspecify.annotations.NullMarked;
