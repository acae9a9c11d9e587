package io.tapedeck.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a self-contained {@code replay.html}: the player page with rrweb-player's script and
 * style and the recorded session inlined, so a person can open one file, offline, anywhere.
 */
public final class ReplayPage {
    static final String STYLE_LINK = "<link rel=\"stylesheet\" href=\"style.css\">";
    static final String SCRIPT_TAG = "<script src=\"rrweb-player.umd.min.cjs\"></script>";
    static final String SESSION_TAG =
            "<script type=\"application/x-ndjson\" id=\"tapedeck-session\" data-name=\"\"></script>";

    private ReplayPage() {}

    /** Writes {@code html} playing {@code ndjson}; returns {@code html}. */
    public static Path write(Path ndjson, Path html) throws IOException {
        String session = new String(Files.readAllBytes(ndjson), StandardCharsets.UTF_8);
        return writeSession(session, ndjson.getFileName().toString(), html);
    }

    /**
     * Writes {@code html} playing {@code session}: rrweb events one per line, or one JSON array
     * (as the collector's events API returns them); returns {@code html}.
     */
    public static Path writeSession(String session, String name, Path html) throws IOException {
        String page = render(session, name);
        Path parent = html.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(html, page.getBytes(StandardCharsets.UTF_8));
        return html;
    }

    /** The player page with its assets and {@code session} (rrweb events, one per line) inlined. */
    static String render(String session, String name) {
        String page = resource("player.html");
        page = replaceOnce(
                page, STYLE_LINK, "<style>\n" + resource("style.css").replace("</style", "<\\/style") + "\n</style>");
        page = replaceOnce(
                page,
                SCRIPT_TAG,
                "<script>\n" + resource("rrweb-player.umd.min.cjs").replace("</script", "<\\/script") + "\n</script>");
        // In JSON, '<' only occurs inside strings, where \u003c means the same character; this
        // keeps "</script>" or "<!--" in recorded text from ending the inline block early.
        String inline = session.replace("<", "\\u003c");
        page = replaceOnce(
                page,
                SESSION_TAG,
                "<script type=\"application/x-ndjson\" id=\"tapedeck-session\" data-name=\"" + escapeAttribute(name)
                        + "\">\n" + inline + "\n</script>");
        return page;
    }

    /** The most recently written {@code *.ndjson} in {@code dir}. */
    public static Path newestSession(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ndjson"))
                    .max(Comparator.comparingLong(ReplayPage::lastModified))
                    .orElseThrow(() -> new IOException("No .ndjson session in " + dir));
        }
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String page, String marker, String replacement) {
        int at = page.indexOf(marker);
        if (at < 0) {
            throw new IllegalStateException("player.html lost its marker " + marker);
        }
        return page.substring(0, at) + replacement + page.substring(at + marker.length());
    }

    private static String escapeAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static String resource(String name) {
        try (InputStream in = ReplayPage.class.getResourceAsStream("/player/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing /player/" + name
                        + " on the classpath (the examples build copies it from node_modules)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
