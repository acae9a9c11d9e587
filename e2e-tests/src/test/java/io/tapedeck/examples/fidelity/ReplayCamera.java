package io.tapedeck.examples.fidelity;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Clip;
import com.microsoft.playwright.options.WaitUntilState;
import io.tapedeck.testing.HeadlessChromium;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The recorded session played by the stock rrweb {@code Replayer} in the system's headless
 * Chromium (launched once, through Playwright), paused at chosen moments: screenshots of
 * screen areas in device pixels, and the replayed windows with the text their DOM holds.
 * The mouse cursor the Replayer draws is hidden: the real screenshots have none.
 */
final class ReplayCamera implements AutoCloseable {
    private static final String CREATE_REPLAYER = String.join(
            "\n",
            "(text) => {",
            "  window.__tdProblems = [];",
            "  const logger = { warn: (...a) => window.__tdProblems.push('rrweb warning: ' + a.join(' ')), log: () => {} };",
            "  const events = text.split('\\n').filter(l => l.trim()).map(l => JSON.parse(l));",
            "  window.replayer = new rrweb.Replayer(events, { root: document.getElementById('replay'),",
            "    showWarning: true, logger, mouseTail: false, skipInactive: false, triggerFocus: false });",
            "  return events.length;",
            "}");

    private static final String SEEK = String.join(
            "\n",
            "async (epochMs) => {",
            "  const start = window.replayer.getMetaData().startTime;",
            "  window.replayer.pause(Math.max(0, epochMs - start));",
            "  const doc = window.replayer.iframe.contentDocument;",
            "  if (doc && doc.fonts) await doc.fonts.ready;",
            "  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));",
            "}");

    /** Every replayed window: where it is on the page (CSS px), its title, class, and all the text it holds. */
    private static final String WINDOWS = String.join(
            "\n",
            "() => {",
            "  const frame = window.replayer.iframe.getBoundingClientRect();",
            "  const doc = window.replayer.iframe.contentDocument;",
            "  const attrs = ['title', 'aria-label', 'data-td-title', 'placeholder', 'alt'];",
            "  const textOf = (w) => {",
            "    const parts = [w.textContent || ''];",
            "    for (const e of [w, ...w.querySelectorAll('*')]) {",
            "      if ((e.tagName === 'INPUT' && e.type !== 'password') || e.tagName === 'TEXTAREA') parts.push(e.value || '');",
            "      for (const a of attrs) { const v = e.getAttribute(a); if (v) parts.push(v); }",
            "    }",
            "    return parts.join('\\n');",
            "  };",
            "  return Array.from(doc.querySelectorAll('[data-td-kind=window]')).map(w => {",
            "    const r = w.getBoundingClientRect();",
            "    return { title: w.getAttribute('data-td-title') || '', cls: w.getAttribute('data-td-class') || '',",
            "      x: r.left + frame.left, y: r.top + frame.top, w: r.width, h: r.height, text: textOf(w) };",
            "  });",
            "}");

    /** One replayed window at the moment last sought. */
    static final class ReplayedWindow {
        final String title;
        final String windowClass;
        final double x;
        final double y;
        final double width;
        final double height;
        final String text;

        ReplayedWindow(Map<?, ?> js) {
            title = (String) js.get("title");
            windowClass = (String) js.get("cls");
            x = ((Number) js.get("x")).doubleValue();
            y = ((Number) js.get("y")).doubleValue();
            width = ((Number) js.get("w")).doubleValue();
            height = ((Number) js.get("h")).doubleValue();
            text = (String) js.get("text");
        }
    }

    private final HeadlessChromium chromium;
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private Page page;

    /** @param aliased whether Chromium draws text without antialiasing (as the Swing runs draw theirs) */
    ReplayCamera(boolean aliased) {
        chromium = HeadlessChromium.launch(
                aliased
                        ? Map.of(
                                "FONTCONFIG_FILE",
                                resource("/fidelity/fonts-aliased.conf").toString())
                        : Map.of(),
                List.of("--hide-scrollbars"));
    }

    /** A test resource as a file (Chromium reads its font configuration from a path). */
    private static Path resource(String name) {
        try (java.io.InputStream in = ReplayCamera.class.getResourceAsStream(name)) {
            Path file = Files.createTempFile("tapedeck-fidelity", ".conf");
            Files.write(file, in.readAllBytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads {@code session} into a fresh page whose device pixel ratio is the app's UI scale. */
    void load(Path session, double deviceScale) throws IOException {
        if (page != null) {
            page.close();
        }
        problems.clear();
        page = chromium.newPage(
                new Browser.NewPageOptions().setViewportSize(1640, 1060).setDeviceScaleFactor(deviceScale), problems);
        Path nodeModules = Paths.get(System.getProperty("tapedeck.nodeModules", "node_modules"));
        page.setContent(
                "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{margin:0;background:#000}"
                        + ".replayer-mouse,.replayer-mouse-tail{display:none!important}"
                        // An iframe has a 2 px inset border by default: window positions are measured
                        // from its border box, so a border would shift every replayed pixel.
                        + ".replayer-wrapper iframe{border:0!important}</style></head>"
                        + "<body><div id=\"replay\"></div></body></html>",
                new Page.SetContentOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
        page.addStyleTag(new Page.AddStyleTagOptions().setPath(nodeModules.resolve("rrweb/dist/style.css")));
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(nodeModules.resolve("rrweb/dist/rrweb.umd.min.cjs")));
        page.evaluate(CREATE_REPLAYER, Files.readString(session, StandardCharsets.UTF_8));
    }

    /** Shows the replay as it was at wall-clock {@code epochMs}. */
    void seek(long epochMs) {
        page.evaluate(SEEK, (double) epochMs);
    }

    @SuppressWarnings("unchecked")
    List<ReplayedWindow> windows() {
        List<ReplayedWindow> windows = new ArrayList<>();
        for (Object js : (List<Object>) page.evaluate(WINDOWS)) {
            windows.add(new ReplayedWindow((Map<?, ?>) js));
        }
        return windows;
    }

    /** The page area (CSS px) as an image in device pixels. */
    BufferedImage shoot(double x, double y, double width, double height) throws IOException {
        byte[] png = page.screenshot(new Page.ScreenshotOptions().setClip(new Clip(x, y, width, height)));
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Page errors, console errors and rrweb's warnings since the session was loaded. */
    @SuppressWarnings("unchecked")
    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        all.addAll((List<String>) page.evaluate("() => window.__tdProblems || []"));
        return all;
    }

    @Override
    public void close() {
        chromium.close();
    }
}
