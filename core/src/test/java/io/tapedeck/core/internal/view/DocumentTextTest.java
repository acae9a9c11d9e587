package io.tapedeck.core.internal.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class DocumentTextTest {
    @Test
    void controlCharactersAndLoneSurrogatesBecomeOneSpaceEach() {
        assertEquals("a b c d e", DocumentText.of("a\tb\u0007c\uD800d\uDC00e"));
        assertEquals("x  y", DocumentText.of("x\u0085\uFFFEy"));
    }

    @Test
    void validTextIncludingSurrogatePairsIsReturnedAsIs() {
        String text = "Grüße 😀 \u00A0ok";
        assertSame(text, DocumentText.of(text));
    }
}
