package io.tapedeck.examples;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitUntilState;
import io.tapedeck.testing.HeadlessChromium;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded session played by the stock rrweb {@code Replayer} (npm rrweb 2.2.2) in headless
 * Chromium, paused at chosen moments so a test can read the replayed document.
 *
 * <p>Problems are collected, not thrown: page errors, console errors, and the replayer's own
 * warnings (it logs, rather than throws, when a mutation names a node it does not know).
 * Its debug notes (a mouse or input event for an unknown node: harmless when the node was
 * just removed, a lost keystroke otherwise) are kept apart in {@link #notices()}.
 */
final class RrwebReplay implements AutoCloseable {
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*(\\d+)");

    /** Builds the replayer inside the page; rrweb's logger reports into window.__tdProblems. */
    private static final String CREATE_REPLAYER = String.join(
            "\n",
            "(text) => {",
            "  window.__tdProblems = [];",
            "  window.__tdNotices = [];",
            "  const show = (args) => args.map(a => {",
            "    if (typeof a === 'string') return a;",
            "    try { return JSON.stringify(a).slice(0, 400); } catch (e) { return String(a); }",
            "  }).join(' ');",
            "  const logger = {",
            "    warn: (...args) => window.__tdProblems.push('rrweb warning: ' + show(args)),",
            "    log: (...args) => window.__tdNotices.push('rrweb debug: ' + show(args)),",
            "  };",
            "  const events = [];",
            "  text.split('\\n').forEach((line, i) => {",
            "    if (!line.trim()) return;",
            "    try { events.push(JSON.parse(line)); }",
            "    catch (e) { throw new Error('line ' + (i + 1) + ' is not JSON: ' + e.message); }",
            "  });",
            "  window.replayer = new rrweb.Replayer(events, {",
            "    root: document.getElementById('replay'), showWarning: true, showDebug: true, logger,",
            "    mouseTail: false, skipInactive: false, triggerFocus: false,",
            "  });",
            "  return events.length;",
            "}");

    private static final String SEEK = String.join(
            "\n",
            "async (offset) => {",
            "  window.replayer.pause(offset);",
            "  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));",
            "}");

    private final HeadlessChromium chromium;
    private final Page page;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final long firstTimestamp;
    private final long lastTimestamp;
    private final int eventCount;

    private RrwebReplay(Path ndjson) throws IOException {
        String text = new String(Files.readAllBytes(ndjson), StandardCharsets.UTF_8);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (String line : text.split("\n")) {
            Matcher m = TIMESTAMP.matcher(line);
            long ts = -1;
            while (m.find()) {
                ts = Long.parseLong(m.group(1)); // the envelope's timestamp is the line's last
            }
            if (ts >= 0) {
                first = first == Long.MAX_VALUE ? ts : first;
                last = ts;
            }
        }
        if (first == Long.MAX_VALUE) {
            throw new IllegalArgumentException(ndjson + " holds no rrweb events");
        }
        firstTimestamp = first;
        lastTimestamp = last;
        Path nodeModules = nodeModules();
        chromium = HeadlessChromium.launch();
        page = chromium.newPage(1700, 1100, problems);
        // No network and no file: URL needed; the page is built in place. The replayer's iframe
        // never fires "load", so nothing here may wait for it.
        page.setContent(
                "<!doctype html><html><head><meta charset=\"utf-8\"></head>"
                        + "<body><div id=\"replay\"></div></body></html>",
                new Page.SetContentOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        page.addStyleTag(new Page.AddStyleTagOptions().setPath(nodeModules.resolve("rrweb/dist/style.css")));
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(nodeModules.resolve("rrweb/dist/rrweb.umd.min.cjs")));
        eventCount = ((Number) page.evaluate(CREATE_REPLAYER, text)).intValue();
    }

    /** The timestamp of one event line (the envelope's, which comes last), or -1. */
    static long timestampOf(String line) {
        Matcher m = TIMESTAMP.matcher(line);
        long ts = -1;
        while (m.find()) {
            ts = Long.parseLong(m.group(1));
        }
        return ts;
    }

    /** Loads {@code ndjson} (one rrweb event per line) into a new Replayer. */
    static RrwebReplay load(Path ndjson) throws IOException {
        return new RrwebReplay(ndjson);
    }

    long firstTimestamp() {
        return firstTimestamp;
    }

    long lastTimestamp() {
        return lastTimestamp;
    }

    int eventCount() {
        return eventCount;
    }

    /** Shows the replay as it was at {@code epochMs} (an event timestamp, not an offset). */
    void seek(long epochMs) {
        page.evaluate(SEEK, (double) Math.max(0, epochMs - firstTimestamp));
    }

    /**
     * Evaluates {@code functionOfDocument} (JavaScript source of a function taking the
     * replayed document) and returns its JSON-able result.
     */
    Object evaluate(String functionOfDocument) {
        return page.evaluate("() => { const doc = window.replayer.iframe.contentDocument;" + " return ("
                + functionOfDocument + ")(doc); }");
    }

    /** The text a viewer sees now (hidden elements excluded). */
    String visibleText() {
        return (String) evaluate("doc => doc.body ? doc.body.innerText : ''");
    }

    /** The current values of every replayed input and text area. */
    @SuppressWarnings("unchecked")
    List<String> inputValues() {
        return (List<String>) evaluate("doc => Array.from(doc.querySelectorAll('input, textarea')).map(e => e.value)");
    }

    /**
     * What every replayed text field, text area and password field shows: an input's value, or
     * the text a painted field draws.
     */
    @SuppressWarnings("unchecked")
    List<String> fieldValues() {
        return (List<String>) evaluate("doc => Array.from(doc.querySelectorAll("
                + "'[data-td-kind=text_field], [data-td-kind=text_area], [data-td-kind=password]'))"
                + ".map(e => (e.tagName === 'INPUT' || e.tagName === 'TEXTAREA') ? e.value"
                + " : Array.from(e.querySelectorAll(':scope > svg text')).map(t => t.textContent).join('\\n'))");
    }

    /** The value of {@code attribute} on every replayed element matching the CSS {@code selector}. */
    @SuppressWarnings("unchecked")
    List<String> attributesOf(String selector, String attribute) {
        return (List<String>) page.evaluate(
                "([sel, att]) => Array.from(window.replayer.iframe.contentDocument"
                        + ".querySelectorAll(sel)).map(e => e.getAttribute(att))",
                List.of(selector, attribute));
    }

    /** The trimmed text of every replayed element matching the CSS {@code selector}. */
    @SuppressWarnings("unchecked")
    List<String> textsOf(String selector) {
        return (List<String>) page.evaluate(
                "(sel) => Array.from(window.replayer.iframe.contentDocument"
                        + ".querySelectorAll(sel)).map(e => e.textContent.trim())",
                selector);
    }

    /** The largest scrollTop among elements matching {@code selector}. */
    int maxScrollTop(String selector) {
        return ((Number) page.evaluate(
                        "(sel) => Math.max(0, ...Array.from(window.replayer.iframe"
                                + ".contentDocument.querySelectorAll(sel)).map(e => e.scrollTop))",
                        selector))
                .intValue();
    }

    /** Everything that went wrong so far: page errors, console errors, rrweb warnings. */
    @SuppressWarnings("unchecked")
    List<String> errors() {
        List<String> all = new ArrayList<>(problems);
        all.addAll((List<String>) page.evaluate("() => window.__tdProblems || []"));
        return all;
    }

    /** The replayer's debug notes, e.g. "Node with id 7 not found" for a mouse or input event. */
    @SuppressWarnings("unchecked")
    List<String> notices() {
        return (List<String>) page.evaluate("() => window.__tdNotices || []");
    }

    @Override
    public void close() {
        chromium.close();
    }

    /** Where {@code npm ci} put the rrweb packages. */
    static Path nodeModules() {
        Path dir = Path.of(System.getProperty("tapedeck.nodeModules", "node_modules"));
        if (!Files.isDirectory(dir.resolve("rrweb/dist"))) {
            throw new IllegalStateException(
                    "rrweb is not installed in " + dir.toAbsolutePath() + " (the examples build runs 'npm ci')");
        }
        return dir;
    }
}
