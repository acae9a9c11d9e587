package io.tapedeck.examples.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The share of a window's visible texts found in its replayed DOM text. Whitespace is ignored
 * on both sides (a replay may break or join lines, or split a string over SVG elements), case
 * is not.
 */
final class TextRecall {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    final int expected;
    final List<String> missing;

    private TextRecall(int expected, List<String> missing) {
        this.expected = expected;
        this.missing = missing;
    }

    static TextRecall of(List<String> texts, String replayedText) {
        String haystack =
                WHITESPACE.matcher(replayedText == null ? "" : replayedText).replaceAll("");
        List<String> missing = new ArrayList<>();
        int expected = 0;
        for (String text : texts) {
            expected++;
            if (!haystack.contains(WHITESPACE.matcher(text).replaceAll(""))) {
                missing.add(text);
            }
        }
        return new TextRecall(expected, missing);
    }

    /** 1 when nothing was expected. */
    double share() {
        return expected == 0 ? 1 : (expected - missing.size()) / (double) expected;
    }
}
