package io.tapedeck.core.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkersTest {
    /** An app class whose equals would confuse a map that trusted it. */
    static final class Chatty {
        @Override
        public boolean equals(Object o) {
            return o instanceof Chatty;
        }

        @Override
        public int hashCode() {
            return 1;
        }
    }

    @Test
    void aMarkerBelongsToExactlyThatObject() {
        Chatty a = new Chatty();
        Chatty b = new Chatty();
        Markers.set(a, PrivacyMarker.BLOCK);
        assertEquals(PrivacyMarker.BLOCK, Markers.of(a));
        assertEquals(PrivacyMarker.NONE, Markers.of(b));
        Markers.set(a, PrivacyMarker.UNMASK);
        assertEquals(PrivacyMarker.UNMASK, Markers.of(a));
        Markers.set(a, PrivacyMarker.NONE);
        assertEquals(PrivacyMarker.NONE, Markers.of(a));
    }

    @Test
    void markerWordsParseInAnyCaseAndOthersAreNull() {
        assertEquals(PrivacyMarker.MASK, PrivacyMarker.parse(" Mask "));
        assertEquals(PrivacyMarker.BLOCK, PrivacyMarker.parse("BLOCK"));
        assertEquals(null, PrivacyMarker.parse("hide"));
        assertEquals(null, PrivacyMarker.parse(Boolean.TRUE));
    }
}
