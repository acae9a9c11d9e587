package io.tapedeck.core.internal.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in any text a component draws (a label, a table cell, a chart legend):
 * emails, phone numbers, payment cards (Luhn-checked) and national ids. Stricter than the
 * input check ({@link SensitiveInput#shaped}), because it runs on every string of every
 * window: dates, times, amounts and plain counters must stay readable.
 */
final class SensitiveText {
    private SensitiveText() {}

    /** Also a cut one ({@code ada.lovelace@northwi…}): a cell too narrow must not reveal most of it. */
    private static final Pattern EMAIL = Pattern.compile("[\\w.%+-]+@[\\w-][\\w.-]*");
    /** Digit groups with separators, or a leading +: 7 to 15 digits (E.164's maximum). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w.,/])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]\\d{2,4}){1,4}(?![\\w.,/])"
                    + "|(?<![\\w.,/])\\+\\d{7,15}(?![\\w.,/])");

    private static final Pattern DATE_OR_TIME =
            Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{1,2}:\\d{2}");
    private static final Pattern CARD = Pattern.compile("(?<!\\d)\\d(?:[ -]?\\d){12,18}(?!\\d)");
    private static final Pattern NATIONAL_ID = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b"
            + "|\\b[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]\\b"
            + "|\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b");

    /** {@code text} with every piece of personal data masked ({@link MaskedText}), or {@code text} itself. */
    static String masked(String text) {
        if (text == null || text.length() < 5) return text;
        char[] out = null;
        out = maskMatches(text, EMAIL, out, false);
        out = maskMatches(text, NATIONAL_ID, out, false);
        out = maskMatches(text, CARD, out, true);
        out = maskPhones(text, out);
        return out == null ? text : new String(out);
    }

    private static char[] maskMatches(String text, Pattern p, char[] out, boolean luhn) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (luhn && !SensitiveInput.luhn(m.group())) continue;
            out = mask(text, m.start(), m.end(), out);
        }
        return out;
    }

    private static char[] maskPhones(String text, char[] out) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String s = m.group();
            int digits = 0;
            for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) digits++;
            if (digits < 7 || digits > 15 || DATE_OR_TIME.matcher(s).find()) continue;
            out = mask(text, m.start(), m.end(), out);
        }
        return out;
    }

    private static char[] mask(String text, int from, int to, char[] out) {
        if (out == null) out = text.toCharArray();
        for (int i = from; i < to; i++) {
            char c = out[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out[i] = MaskedText.MASK;
        }
        return out;
    }
}
