package io.tapedeck.examples.fidelity;

import java.util.Locale;

/**
 * One run of the fidelity check: the toolkit, a look and feel ({@code demo.laf} name; for
 * JavaFX the theme, {@code modena}), a UI scale, whether the CRM scenes follow the gallery
 * (its 1180×760 main window does not fit the test screen at a UI scale above 1), and the
 * scores every scene must reach.
 */
final class FidelityConfig {
    enum Toolkit {
        SWING,
        JAVAFX
    }

    final Toolkit toolkit;
    final String laf;
    final double uiScale;
    final boolean crm;
    final Thresholds thresholds;

    FidelityConfig(String laf, double uiScale, boolean crm, Thresholds thresholds) {
        this(Toolkit.SWING, laf, uiScale, crm, thresholds);
    }

    private FidelityConfig(Toolkit toolkit, String laf, double uiScale, boolean crm, Thresholds thresholds) {
        this.toolkit = toolkit;
        this.laf = laf;
        this.uiScale = uiScale;
        this.crm = crm;
        this.thresholds = thresholds;
    }

    /** A JavaFX run with the given theme ({@code modena}) at UI scale 1. */
    static FidelityConfig javafx(String theme, Thresholds thresholds) {
        return new FidelityConfig(Toolkit.JAVAFX, theme, 1, false, thresholds);
    }

    /**
     * Whether text is drawn without antialiasing on both sides: Swing can (the default of the
     * ITs, {@code tapedeck.fidelity.aliased}); JavaFX always antialiases its text, so its
     * replay is viewed antialiased too.
     */
    boolean textAliased() {
        return toolkit == Toolkit.SWING && Boolean.getBoolean("tapedeck.fidelity.aliased");
    }

    /** "metal", "metal-1.5x": names the output folder and the report's rows. */
    String name() {
        return uiScale == 1
                ? laf
                : laf + "-" + String.format(Locale.ROOT, "%s", uiScale).replaceAll("\\.0$", "") + "x";
    }

    /**
     * The least the replay must score. Per window of every scene (a floor that catches one broken
     * scene): SSIM, share of matching pixels, share of its visible texts found in the replayed
     * document. Over the whole run (what a change of rendering moves): mean SSIM, and the share
     * of all visible texts found.
     */
    static final class Thresholds {
        final double ssim;
        final double matchingPixels;
        final double textRecall;
        final double meanSsim;
        final double totalTextRecall;

        Thresholds(double ssim, double matchingPixels, double textRecall, double meanSsim, double totalTextRecall) {
            this.ssim = ssim;
            this.matchingPixels = matchingPixels;
            this.textRecall = textRecall;
            this.meanSsim = meanSsim;
            this.totalTextRecall = totalTextRecall;
        }

        @Override
        public String toString() {
            return String.format(
                    java.util.Locale.ROOT,
                    "per window SSIM >= %.3f, pixels >= %.3f, text recall >= %.3f;"
                            + " mean SSIM >= %.3f, all texts >= %.3f",
                    ssim,
                    matchingPixels,
                    textRecall,
                    meanSsim,
                    totalTextRecall);
        }
    }
}
