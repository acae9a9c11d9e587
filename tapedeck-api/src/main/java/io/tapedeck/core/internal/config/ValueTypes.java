package io.tapedeck.core.internal.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The value types settings are made of. Each rejection says what would have been accepted. */
public final class ValueTypes {
    private ValueTypes() {}

    /** true/false, yes/no, on/off, 1/0 in any letter case. */
    public static ValueType<Boolean> bool() {
        return new ValueType<>() {
            @Override
            public Boolean parse(String raw) throws InvalidValueException {
                switch (raw.toLowerCase(Locale.ROOT)) {
                    case "true":
                    case "yes":
                    case "on":
                    case "1":
                        return Boolean.TRUE;
                    case "false":
                    case "no":
                    case "off":
                    case "0":
                        return Boolean.FALSE;
                    default:
                        throw new InvalidValueException("expected " + allowed());
                }
            }

            @Override
            public String allowed() {
                return "true or false (yes/no, on/off, 1/0 also work)";
            }
        };
    }

    /** A whole number in {@code [min, max]}. */
    public static ValueType<Integer> wholeNumber(int min, int max) {
        return new ValueType<>() {
            @Override
            public Integer parse(String raw) throws InvalidValueException {
                int value;
                try {
                    value = Integer.parseInt(raw);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("expected " + allowed());
                }
                if (value < min || value > max) throw new InvalidValueException("expected " + allowed());
                return value;
            }

            @Override
            public String allowed() {
                return "a whole number from " + min + " to " + max;
            }
        };
    }

    /**
     * A whole number of {@code unit}s in {@code [min, max]}, such as {@code 5000} milliseconds; read
     * and written as the number, the unit being in the key's name ({@code flushIntervalMs}).
     */
    public static ValueType<Duration> duration(ChronoUnit unit, int min, int max) {
        ValueType<Integer> number = wholeNumber(min, max);
        String unitName =
                unit == ChronoUnit.MILLIS ? "milliseconds" : unit.toString().toLowerCase(Locale.ROOT);
        return new ValueType<>() {
            @Override
            public Duration parse(String raw) throws InvalidValueException {
                return Duration.of(number.parse(raw), unit);
            }

            @Override
            public String allowed() {
                return number.allowed();
            }

            @Override
            public String format(Duration value) {
                return String.valueOf(value.dividedBy(unit.getDuration()));
            }

            @Override
            public String text(Duration value) throws InvalidValueException {
                long count = value.dividedBy(unit.getDuration());
                if (!value.equals(unit.getDuration().multipliedBy(count)) || count < min || count > max) {
                    throw new InvalidValueException("expected whole " + unitName + " from " + min + " to " + max);
                }
                return format(value);
            }
        };
    }

    /**
     * A public enum's constant, written as its name in lower case in any letter case; parsed by
     * the enum's own {@code parse} (e.g. {@link io.tapedeck.MaskLevel#parse}), the one parser of it.
     */
    public static <E extends Enum<E>> ValueType<E> enumeration(Class<E> type, Function<String, E> parse) {
        return enumeration(type, parse, constant -> constant.name().toLowerCase(Locale.ROOT));
    }

    /**
     * {@link #enumeration(Class, Function)} whose constants are written with {@code spelling}
     * (e.g. {@code US}, {@code EU} as Amplitude writes its zones), any letter case accepted.
     */
    public static <E extends Enum<E>> ValueType<E> enumeration(
            Class<E> type, Function<String, E> parse, Function<E, String> spelling) {
        StringBuilder words = new StringBuilder("one of ");
        for (E constant : type.getEnumConstants()) {
            if (constant.ordinal() > 0) words.append(", ");
            words.append(spelling.apply(constant));
        }
        String allowed = words.toString();
        return new ValueType<>() {
            @Override
            public E parse(String raw) throws InvalidValueException {
                try {
                    return parse.apply(raw);
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("expected " + allowed);
                }
            }

            @Override
            public String allowed() {
                return allowed;
            }

            @Override
            public String format(E value) {
                return spelling.apply(value);
            }
        };
    }

    /** A decimal number from 0 to 1, such as {@code 0.25}. */
    public static ValueType<Double> fraction() {
        return new ValueType<>() {
            @Override
            public Double parse(String raw) throws InvalidValueException {
                double v;
                try {
                    v = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    throw new InvalidValueException("expected " + allowed());
                }
                if (!(v >= 0 && v <= 1)) throw new InvalidValueException("expected " + allowed());
                return v;
            }

            @Override
            public String allowed() {
                return "a number from 0 to 1, e.g. 0.25";
            }

            @Override
            public String format(Double value) {
                return value == Math.rint(value) ? String.valueOf(value.intValue()) : String.valueOf(value);
            }
        };
    }

    /** Free text of at most {@code max} characters (parsed further by its user). */
    public static ValueType<String> text(int max) {
        return new ValueType<>() {
            @Override
            public String parse(String raw) throws InvalidValueException {
                if (raw.isEmpty() || raw.length() > max) throw new InvalidValueException("expected " + allowed());
                return raw;
            }

            @Override
            public String allowed() {
                return "text of 1 to " + max + " characters";
            }
        };
    }

    /**
     * {@code tapedeck.privacy.rules}: checked at load so a typo is an error naming the rule,
     * not a rule silently ignored; kept as written (core's privacy package parses it again).
     * The grammar is core's ({@link PrivacyRulesSyntax}).
     */
    public static ValueType<String> privacyRules(int max) {
        ValueType<String> text = text(max);
        return new ValueType<>() {
            @Override
            public String parse(String raw) throws InvalidValueException {
                text.parse(raw);
                PrivacyRulesSyntax.installed().check(raw);
                return raw;
            }

            @Override
            public String allowed() {
                return text.allowed(); // the syntax is in docs/privacy.md
            }
        };
    }

    /** Text matching {@code regex} entirely; {@code allowed} describes it in words. */
    public static ValueType<String> matching(String regex, String allowed) {
        Pattern pattern = Pattern.compile(regex);
        return new ValueType<>() {
            @Override
            public String parse(String raw) throws InvalidValueException {
                if (!pattern.matcher(raw).matches()) throw new InvalidValueException("expected " + allowed);
                return raw;
            }

            @Override
            public String allowed() {
                return allowed;
            }
        };
    }

    /** A file system path, made absolute against the working directory at load time. */
    public static ValueType<Path> path() {
        return new ValueType<>() {
            @Override
            public Path parse(String raw) throws InvalidValueException {
                if (raw.isEmpty()) throw new InvalidValueException("expected " + allowed());
                try {
                    return Path.of(raw).toAbsolutePath().normalize();
                } catch (InvalidPathException e) {
                    throw new InvalidValueException("expected " + allowed() + " (" + e.getReason() + ")");
                }
            }

            @Override
            public String allowed() {
                return "a file system path";
            }
        };
    }

    /**
     * Where recorded sessions go: a collector ({@code http:}/{@code https:} with a host), or a
     * {@code file:} URL naming a local directory.
     */
    public static ValueType<String> serverUrl() {
        return new ValueType<>() {
            @Override
            public String parse(String raw) throws InvalidValueException {
                URI uri;
                try {
                    uri = new URI(raw);
                } catch (URISyntaxException e) {
                    throw new InvalidValueException("expected " + allowed());
                }
                String scheme = uri.getScheme();
                if (scheme == null) {
                    String hint = raw.startsWith("/") ? " (write file://" + raw + ")" : "";
                    throw new InvalidValueException("expected " + allowed() + hint);
                }
                if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
                    if (uri.getHost() == null
                            || uri.getRawQuery() != null
                            || uri.getRawFragment() != null
                            || uri.getRawUserInfo() != null) {
                        throw new InvalidValueException("expected " + allowed());
                    }
                    return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
                }
                if (!scheme.equalsIgnoreCase("file")) {
                    throw new InvalidValueException("expected " + allowed());
                }
                if (uri.isOpaque() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    throw new InvalidValueException("expected " + allowed());
                }
                try {
                    Path.of(uri);
                } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                    throw new InvalidValueException("expected " + allowed());
                }
                return raw;
            }

            @Override
            public String allowed() {
                return "a collector URL such as http://127.0.0.1:8787 or https://replay.example.com, "
                        + "or a file: URL of a directory with an absolute path, e.g. " + EXAMPLE_URL;
            }
        };
    }

    private static final String EXAMPLE_URL = "file:///var/tmp/tapedeck";

    /** {@code file:} URL for a directory, without the trailing slash Path.toUri adds for existing ones. */
    public static String fileUrlOf(Path dir) {
        String url = dir.toAbsolutePath().toUri().toString();
        return url.endsWith("/") && url.length() > "file:///".length() ? url.substring(0, url.length() - 1) : url;
    }
}
