package io.tapedeck.collector.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the {@code --config} file: a properties file with one line per API key and setting,
 * <pre>
 * key.s3cret.sampleRate=0.25
 * key.s3cret.maskLevel=medium
 * </pre>
 * Every key named in the file is also an accepted API key. Anything else is an error, so a
 * typo never silently leaves sampling at 100 %.
 */
public final class RemoteConfigFile {
    private RemoteConfigFile() {}

    /** @throws IllegalArgumentException naming the line that is wrong */
    public static Map<String, RemoteSettings> read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, String> levels = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).trim();
            int lastDot = name.lastIndexOf('.');
            if (!name.startsWith("key.") || lastDot <= "key.".length()) {
                throw new IllegalArgumentException(
                        file + ": '" + name + "' is not of the form key.<apiKey>.sampleRate or key.<apiKey>.maskLevel");
            }
            String apiKey = name.substring("key.".length(), lastDot);
            String setting = name.substring(lastDot + 1);
            switch (setting) {
                case "sampleRate" -> rates.put(apiKey, parseRate(file, name, value));
                case "maskLevel" -> levels.put(apiKey, value);
                default ->
                    throw new IllegalArgumentException(file + ": unknown setting '" + setting + "' in '" + name
                            + "' (expected sampleRate or maskLevel)");
            }
        }
        Map<String, RemoteSettings> byKey = new LinkedHashMap<>();
        for (String apiKey : union(rates, levels)) {
            try {
                byKey.put(apiKey, RemoteSettings.of(rates.get(apiKey), levels.get(apiKey)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": key." + apiKey + ": " + e.getMessage(), e);
            }
        }
        return byKey;
    }

    private static Double parseRate(Path file, String name, String value) {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + name + "=" + value + " is not a number", e);
        }
    }

    private static Iterable<String> union(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        a.keySet().forEach(k -> all.put(k, true));
        b.keySet().forEach(k -> all.put(k, true));
        return all.keySet();
    }
}
