package io.tapedeck.examples.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Markdown for {@code docs/fidelity.md}: each check writes its section to
 * {@code target/fidelity/CONFIG/section.md}, then {@code target/fidelity/report.md} is rebuilt
 * from every section present (so running the ITs one by one still yields one report). Images
 * are linked as {@code fidelity/NAME.png}, relative to {@code docs/}; the small copies are in
 * {@code target/fidelity/CONFIG/docs/fidelity/}, and with {@code -Dtapedeck.fidelity.docs=DIR}
 * they are also copied to {@code DIR/fidelity/}.
 */
final class FidelityReport {
    /** The order of sections in the report. */
    private static final List<String> ORDER =
            List.of("metal", "nimbus", "system", "flatlaf-light", "flatlaf-dark", "metal-1.5x", "metal-2x", "modena");

    private FidelityReport() {}

    static void write(FidelityCheck check, Path dir) throws IOException {
        Files.writeString(dir.resolve("section.md"), section(check), StandardCharsets.UTF_8);
        Path root = dir.getParent();
        Files.writeString(root.resolve("report.md"), combined(root), StandardCharsets.UTF_8);
        String docs = System.getProperty("tapedeck.fidelity.docs", "");
        if (!docs.isBlank()) {
            Path target = Files.createDirectories(Paths.get(docs).resolve("fidelity"));
            try (Stream<Path> images = Files.list(dir.resolve("docs").resolve("fidelity"))) {
                for (Path image : images.collect(Collectors.toList())) {
                    Files.copy(image, target.resolve(image.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static String section(FidelityCheck check) {
        FidelityConfig c = check.config;
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### %s, UI scale %s\n\n", c.laf, trim(c.uiScale)));
        md.append(String.format(
                Locale.ROOT,
                "`%s`; recorded in %.1f s, scored in %.1f s; session %,d bytes.\n\n",
                check.run.manifest().lafClass,
                check.run.millis() / 1000.0,
                check.scoringMillis / 1000.0,
                size(check.run.session())));
        md.append("| LAF | scene | window | SSIM | matching pixels | text recall | image |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (SceneScore s : check.scores) {
            md.append(s.markdownRow(c.name())).append('\n');
        }
        md.append(String.format(
                Locale.ROOT,
                "| %s | **all** | | **%.3f** (mean) | **%.1f %%** (mean) | **%.1f %%** (all texts) | |\n",
                c.name(),
                check.meanSsim(),
                100 * check.meanMatchingPixels(),
                100 * check.totalTextRecall()));
        List<String> missing = new ArrayList<>();
        for (SceneScore s : check.scores) {
            if (!s.recall.missing.isEmpty()) {
                missing.add("- " + s.scene + " / " + s.window + ": "
                        + s.recall.missing.stream()
                                .map(t -> "`" + t.replace("`", "'") + "`")
                                .collect(Collectors.joining(", ")));
            }
        }
        if (!missing.isEmpty()) {
            md.append("\nTexts not found in the replay:\n\n")
                    .append(String.join("\n", missing))
                    .append('\n');
        }
        if (!check.replayProblems.isEmpty()) {
            md.append("\nReplay problems: ")
                    .append(check.replayProblems.size())
                    .append(", first: `")
                    .append(check.replayProblems.get(0).replace("`", "'"))
                    .append("`\n");
        }
        return md.append('\n').toString();
    }

    private static String combined(Path root) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("section.md")))
                    .forEach(d -> names.add(d.getFileName().toString()));
        }
        names.sort(
                (a, b) -> Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b));
        StringBuilder md = new StringBuilder("## Fidelity: the replay against the real screen\n\n"
                + "SSIM: grayscale, 11×11 Gaussian window (σ 1.5), over each window's area. Matching pixels: share with "
                + "every channel within ±" + PixelMatch.TOLERANCE
                + ". Text recall: share of the window's visible texts "
                + "(Swing tree and painted chart texts, or JavaFX's Text nodes) found in the replayed window's DOM (text, SVG text, input values, "
                + "titles). The runs record with every text unmasked (a privacy rule), since privacy is not "
                + "what they measure.\n\n");
        for (String name : names) {
            md.append(Files.readString(root.resolve(name).resolve("section.md"), StandardCharsets.UTF_8));
        }
        return md.toString();
    }

    private static int rank(String name) {
        int i = ORDER.indexOf(name);
        return i < 0 ? ORDER.size() : i;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String trim(double scale) {
        return String.format(Locale.ROOT, "%s", scale).replaceAll("\\.0$", "");
    }
}
