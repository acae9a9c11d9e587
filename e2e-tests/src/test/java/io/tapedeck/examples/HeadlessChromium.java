package io.tapedeck.examples;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.tapedeck.testing.ChromiumExecutable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, headless, driven by Playwright; no browser download, no network.
 * Every page it opens reports its script errors and console errors into a list, because a
 * replay that "works" while the console fills with errors is not working.
 */
final class HeadlessChromium implements AutoCloseable {
    private final Playwright playwright;
    private final Browser browser;

    HeadlessChromium() {
        Path executable = ChromiumExecutable.require();
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /** A fresh page whose page errors and console errors are appended to {@code problems}. */
    Page newPage(List<String> problems) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1700, 1100));
        page.onPageError(error -> problems.add("page error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                problems.add("console error: " + message.text());
            }
        });
        return page;
    }

    /** Where {@code npm ci} put the rrweb packages. */
    static Path nodeModules() {
        Path dir = Paths.get(System.getProperty("tapedeck.nodeModules", "node_modules"));
        if (!Files.isDirectory(dir.resolve("rrweb/dist"))) {
            throw new IllegalStateException(
                    "rrweb is not installed in " + dir.toAbsolutePath() + " (the examples build runs 'npm ci')");
        }
        return dir;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
