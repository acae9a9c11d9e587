package io.tapedeck.examples.fidelity;

import java.util.Locale;

/** The scores of one window at one scene. */
final class SceneScore {
    final String config;
    final String scene;
    final String window;
    final double ssim;
    final double matchingPixels;
    final TextRecall recall;
    /** The side-by-side image, relative to the docs folder ("fidelity/NAME.png"), or null. */
    final String image;
    /** Why the replay could not be compared, or null. */
    final String problem;
    /** "dx,dy" when the replay was shifted by a device pixel to match (OneDevicePixelShift), or null. */
    final String shift;

    SceneScore(
            String config,
            String scene,
            String window,
            double ssim,
            double matchingPixels,
            TextRecall recall,
            String image,
            String problem,
            String shift) {
        this.config = config;
        this.scene = scene;
        this.window = window;
        this.ssim = ssim;
        this.matchingPixels = matchingPixels;
        this.recall = recall;
        this.image = image;
        this.problem = problem;
        this.shift = shift;
    }

    String markdownRow(String laf) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %.3f | %.1f %% | %.0f %% (%d/%d) | %s |",
                laf,
                scene,
                window.replace("|", "/"),
                ssim,
                100 * matchingPixels,
                100 * recall.share(),
                recall.expected - recall.missing.size(),
                recall.expected,
                (image == null ? (problem == null ? "" : problem) : "[real \\| replay \\| diff](" + image + ")")
                        + (shift == null ? "" : " (shifted " + shift + " px)"));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%-14s %-20s %-22s ssim %.3f  pixels %5.1f %%  texts %3.0f %% (%d/%d)%s",
                config,
                scene,
                window.length() > 22 ? window.substring(0, 22) : window,
                ssim,
                100 * matchingPixels,
                100 * recall.share(),
                recall.expected - recall.missing.size(),
                recall.expected,
                (problem == null ? "" : "  " + problem) + (shift == null ? "" : "  shifted " + shift + " px"));
    }
}
