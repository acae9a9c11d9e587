package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewNode;

/**
 * The key scheme of the Swing adapter.
 *
 * <p>Every component seen in a session gets a serial number (1, 2, 3…) from
 * {@link ComponentRegistry}; its key is {@code serial << 20}, so component keys are multiples
 * of 2^20 and each one owns the 2^20 - 1 keys right above it for its sub-parts (table, list and
 * tree cells, table header cells, tab headers): {@code partKey = componentKey + 1 + slot} with
 * {@code slot < 2^20 - 1}. Serials stay below 2^23 so every key is below 2^43: the keys
 * from 2^43 up to {@link ViewNode#MAX_KEY} (2^44) are the JavaFX adapter's, so both
 * toolkits can share one desktop. Serial 1 is reserved for the desktop root.
 *
 * <p>A part's slot comes from its position (row, column, index) modulo the slot space, so the
 * same cell keeps its key while it stays visible; a slot only needs to be unique among
 * the parts of one owner visible at the same time, which holds whenever a contiguous run of
 * fewer than 2^20 - 1 positions is visible (grid readers fall back to visible-relative slots
 * otherwise). After 2^23 - 2 components the serials wrap around and start again at 2: a
 * collision would need a component from 8 million components ago to still be on screen.
 */
final class Keys {
    static final int PART_BITS = 20;
    /** Number of part slots each component owns. */
    static final int PART_SLOTS = (1 << PART_BITS) - 1;

    static final long MAX_SERIAL = (1L << 23) - 1;
    static final long DESKTOP = componentKey(1);

    private Keys() {}

    static long componentKey(long serial) {
        return serial << PART_BITS;
    }

    /** The key of part {@code position} (any non-negative number) of the component {@code owner}. */
    static long partKey(long ownerKey, long position) {
        return ownerKey + 1 + Math.floorMod(position, (long) PART_SLOTS);
    }

    /** The component key a part key belongs to. */
    static long ownerOf(long key) {
        return key & ~((1L << PART_BITS) - 1);
    }
}
