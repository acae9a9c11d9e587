package io.tapedeck.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium ({@link ChromiumExecutable}), headless, driven by Playwright: no browser
 * download, no network. Every page it opens reports its script errors and console errors into a
 * list, because a replay or a viewer that "works" while the console fills with errors is not
 * working. Tests that use it declare Playwright themselves (this module makes it optional, so
 * the adapters' tests do not carry it).
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private HeadlessChromium(Map<String, String> env, List<String> extraFlags) {
        List<String> flags = new ArrayList<>(FLAGS);
        flags.addAll(extraFlags);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions()
                .setExecutablePath(ChromiumExecutable.require())
                .setHeadless(true)
                .setArgs(flags);
        // Playwright's env replaces Chromium's whole environment: only set when a test asks.
        if (!env.isEmpty()) launch.setEnv(env);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(launch);
    }

    /** Chromium with the usual flags and the test JVM's environment. */
    public static HeadlessChromium launch() {
        return new HeadlessChromium(Map.of(), List.of());
    }

    /**
     * Chromium with {@code env} as its whole environment (when not empty: a font configuration,
     * say) and {@code extraFlags} after the usual ones.
     */
    public static HeadlessChromium launch(Map<String, String> env, List<String> extraFlags) {
        return new HeadlessChromium(env, extraFlags);
    }

    /** A fresh page of {@code width} x {@code height} CSS px; see {@link #newPage(Browser.NewPageOptions, List)}. */
    public Page newPage(int width, int height, List<String> problems) {
        return newPage(new Browser.NewPageOptions().setViewportSize(width, height), problems);
    }

    /** A fresh page whose page errors and console errors are appended to {@code problems}. */
    public Page newPage(Browser.NewPageOptions options, List<String> problems) {
        Page page = browser.newPage(options);
        page.onPageError(error -> problems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error: " + message.text());
            }
        });
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
