package io.tapedeck.examples.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRecallTest {
    @Test
    void textsAreFoundWhateverTheWhitespaceAndMissingOnesAreListed() {
        TextRecall recall = TextRecall.of(
                List.of("Weekly visits", "Save", "Glass pane: saving\u2026"), "<svg>Weekly\n visits</svg>Save");
        assertEquals(List.of("Glass pane: saving\u2026"), recall.missing);
        assertEquals(2 / 3.0, recall.share(), 1e-9);
    }
}
