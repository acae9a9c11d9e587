package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy settings as loaded: rules checked at load (the grammar is core's, which the
 * configuration in tapedeck-api finds as PrivacyRulesCheck), the level never below its floor.
 */
class PrivacyConfigTest {
    @TempDir
    Path home;

    @Test
    void anInvalidRuleIsAConfigurationErrorNamingTheRule() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.privacy.rules", "mask: name=ssn*; hide: class=Photo")
                        .build());
        assertEquals(
                List.of("tapedeck.privacy.rules=mask: name=ssn*; hide: class=Photo: rule 2 \"hide: class=Photo\": "
                        + "unknown action \"hide\" (expected mask, unmask or block) (from system property)"),
                e.problems());
    }

    @Test
    void theTypedBuilderChecksTheRulesGrammarAtTheCall() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> TapedeckConfig.builder().privacyRules("mask name"));
        assertTrue(e.getMessage().startsWith("privacyRules(mask name): tapedeck.privacy.rules: "), e.getMessage());
    }

    @Test
    void aRuleListWithoutARuleIsRefused() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> new ConfigFixture(home)
                        .sysprop("tapedeck.privacy.rules", " ; ;")
                        .build());
        assertEquals(1, e.problems().size());
    }

    @Test
    void thePolicyFollowsTheSettings() {
        PrivacyPolicy p = PrivacyPolicy.from(new ConfigFixture(home)
                .code("maskLevel", "conservative")
                .code("maskImages", "all")
                .code("privacy.rules", "block: class=Photo")
                .build());
        assertEquals(MaskLevel.CONSERVATIVE, p.level());
        assertEquals(MaskImages.ALL, p.images());
        assertEquals(PrivacyMarker.BLOCK, p.rules().actionFor(List.of("com.acme.Photo"), null, null));
    }

    @Test
    void theDefaultsAreMediumAndLargeImages() {
        PrivacyPolicy p = PrivacyPolicy.from(new ConfigFixture(home).build());
        assertEquals(MaskLevel.MEDIUM, p.level());
        assertEquals(MaskImages.LARGE, p.images());
        assertEquals(true, p.rules().isEmpty());
    }

    @Test
    void theLevelIsNeverBelowTheMinimum() {
        PrivacyPolicy p = PrivacyPolicy.from(new ConfigFixture(home)
                .code("maskLevel", "light")
                .code("maskLevel.minimum", "medium")
                .build());
        assertEquals(MaskLevel.MEDIUM, p.level());
    }
}
