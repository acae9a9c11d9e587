package io.tapedeck.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the machine's Chromium is, for the tests that replay in a real browser: the path given
 * with {@code -Dtapedeck.chromium=PATH}, else the first {@code chromium}, {@code chromium-browser}
 * or {@code google-chrome} on the {@code PATH} (Debian's package installs {@code /usr/bin/chromium}).
 */
public final class ChromiumExecutable {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private ChromiumExecutable() {}

    /** Chromium's executable, when this machine has one. */
    public static Optional<Path> find() {
        String given = System.getProperty("tapedeck.chromium", "");
        if (!given.isBlank()) return Optional.of(Path.of(given)).filter(Files::isExecutable);
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Chromium's executable.
     *
     * @throws IllegalStateException naming what to install when there is none
     */
    public static Path require() {
        return find().orElseThrow(() -> new IllegalStateException("Chromium not found: "
                + (System.getProperty("tapedeck.chromium", "").isBlank()
                        ? "no chromium on the PATH (install the Debian package 'chromium', or set -Dtapedeck.chromium=PATH)"
                        : "-Dtapedeck.chromium=" + System.getProperty("tapedeck.chromium") + " is not an executable")));
    }
}
