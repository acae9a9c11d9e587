package io.tapedeck.core.internal.privacy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises inputs that hold personal data, for the {@code light} level: by what the app
 * calls the field (its name, accessible name, prompt text or formatter) and by the shape of
 * the value. Shape alone catches a value only once enough of it is typed (an {@code @}, six
 * digits), so the first characters of an unnamed field can be recorded: name the field, or
 * use {@code medium}.
 */
final class SensitiveInput {
    private SensitiveInput() {}

    /** Words (after splitting camelCase and punctuation) that name personal data. */
    private static final Set<String> WORDS = Set.of(
            "email",
            "mail",
            "phone",
            "telephone",
            "tel",
            "mobile",
            "cell",
            "fax",
            "card",
            "cc",
            "ccnum",
            "cvv",
            "cvc",
            "iban",
            "bic",
            "swift",
            "routing",
            "ssn",
            "sin",
            "nino",
            "national",
            "social",
            "passport",
            "tax",
            "tin",
            "vat",
            "license",
            "licence",
            "dob",
            "birth",
            "birthday",
            "birthdate",
            "password",
            "passwd",
            "pwd",
            "pin");

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern EMAIL = Pattern.compile("\\S@");
    private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d\\s()+\\-./]*");
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ -]?\\d){12,18}");
    private static final Pattern NATIONAL_ID = Pattern.compile(
            "\\b\\d{3}-\\d{2}-\\d{4}\\b" // US SSN
                    + "|\\b[A-Za-z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-Da-d]\\b" // UK NINO
                    + "|\\b[A-Za-z]{2}\\d{2}(?: ?[A-Za-z0-9]{4}){2,7}\\b"); // IBAN
    /** A mask formatter's digit places ({@code #}) in a hint like {@code MaskFormatter ###-##-####}. */
    private static final int MASK_DIGITS = 6;

    /** Whether any label of the field names personal data. */
    static boolean named(String... labels) {
        for (String label : labels) {
            if (label == null || label.isEmpty()) continue;
            for (String word : WORD_BREAK.split(label)) {
                if (WORDS.contains(word.toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /** A formatter that takes many digits (ids, phone numbers, cards) marks the field. */
    static boolean hinted(String hint) {
        if (hint == null) return false;
        if (named(hint)) return true;
        int digits = 0;
        for (int i = 0; i < hint.length(); i++) {
            if (hint.charAt(i) == '#') digits++;
        }
        return digits >= MASK_DIGITS;
    }

    /** Whether the value looks like an email, a phone or id number, a card number or a national id. */
    static boolean shaped(String value) {
        if (value == null || value.isEmpty()) return false;
        if (EMAIL.matcher(value).find()) return true;
        if (NUMBER_LIKE.matcher(value).matches() && digits(value) >= 6) return true;
        if (NATIONAL_ID.matcher(value).find()) return true;
        Matcher run = DIGIT_RUN.matcher(value);
        while (run.find()) {
            if (luhn(run.group())) return true;
        }
        return false;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) n++;
        }
        return n;
    }

    /** The payment-card check digit (Luhn) over the digits of {@code s}. */
    static boolean luhn(String s) {
        int sum = 0, count = 0;
        boolean twice = false;
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            twice = !twice;
            count++;
        }
        return count >= 13 && count <= 19 && sum % 10 == 0;
    }
}
