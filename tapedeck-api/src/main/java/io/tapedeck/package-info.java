/**
 * Tapedeck's public API, the tapedeck-api jar: {@link io.tapedeck.Tapedeck} (recording from code,
 * app events, privacy markers, opt-out), {@link io.tapedeck.TapedeckConfig} and the value types of
 * its settings ({@link io.tapedeck.MaskLevel}, {@link io.tapedeck.MaskImages},
 * {@link io.tapedeck.ServerZone}, {@link io.tapedeck.Mode}). The recorder is the agent's; without
 * it every {@code Tapedeck} call is a no-op. Nothing here is null unless marked
 * {@code @Nullable}. Packages named {@code internal} are not API and change without notice.
 */
@NullMarked
package io.tapedeck;

import org.jspecify.annotations.NullMarked;
