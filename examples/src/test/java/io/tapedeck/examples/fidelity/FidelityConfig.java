package io.tapedeck.examples.fidelity;

import java.util.Locale;

/**
 * One run of the fidelity check: a look and feel ({@code demo.laf} name), a UI scale,
 * whether the CRM scenes follow the gallery (its 1180×760 main window does not fit the test
 * screen at a UI scale above 1), and the scores every scene must reach.
 */
final class FidelityConfig {
    final String laf;
    final double uiScale;
    final boolean crm;
    final Thresholds thresholds;

    FidelityConfig(String laf, double uiScale, boolean crm, Thresholds thresholds) {
        this.laf = laf;
        this.uiScale = uiScale;
        this.crm = crm;
        this.thresholds = thresholds;
    }

    /** "metal", "metal-1.5x": names the output folder and the report's rows. */
    String name() {
        return uiScale == 1 ? laf : laf + "-" + String.format(Locale.ROOT, "%s", uiScale).replaceAll("\\.0$", "") + "x";
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
            return String.format(java.util.Locale.ROOT, "per window SSIM >= %.3f, pixels >= %.3f, text recall >= %.3f;"
                + " mean SSIM >= %.3f, all texts >= %.3f", ssim, matchingPixels, textRecall, meanSsim, totalTextRecall);
        }
    }
}
