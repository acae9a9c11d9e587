package io.tapedeck.core.internal.privacy;

import java.util.regex.Pattern;

/** A whole-text pattern where {@code *} is any run of characters and {@code ?} any one character. */
final class Glob {
    private final String source;
    private final Pattern pattern;

    private Glob(String source, Pattern pattern) {
        this.source = source;
        this.pattern = pattern;
    }

    static Glob of(String glob, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) regex.append(Pattern.quote(literal.toString()));
        int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        return new Glob(glob, Pattern.compile(regex.toString(), flags));
    }

    boolean matches(String text) {
        return text != null && pattern.matcher(text).matches();
    }

    @Override
    public String toString() {
        return source;
    }
}
