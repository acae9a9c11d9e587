/**
 * Tapedeck's public API: {@link io.tapedeck.TapedeckConfig} and the value types of its settings
 * ({@link io.tapedeck.MaskLevel}, {@link io.tapedeck.MaskImages}, {@link io.tapedeck.Mode}); the
 * agent jar adds {@code io.tapedeck.Tapedeck}. Nothing here is null unless marked
 * {@code @Nullable}. Packages named {@code internal} are not API and change without notice.
 */
@NullMarked
package io.tapedeck;

import org.jspecify.annotations.NullMarked;
