package io.tapedeck.examples.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What every fidelity IT asserts: all scenes shot and replayed, every score above the config's thresholds. */
final class FidelityAssert {
    static final Set<String> GALLERY_SCENES = Set.of(
            "data",
            "table-editing",
            "popup-lightweight",
            "popup-heavyweight",
            "menu-submenu",
            "controls",
            "combo-open",
            "tooltip",
            "desktop-layers",
            "option-pane",
            "file-chooser",
            "color-chooser");
    static final Set<String> CRM_SCENES = Set.of(
            "crm-sign-in", "crm-customers", "crm-new-customer", "crm-accounts", "crm-reports-chart", "crm-help-menu");

    private FidelityAssert() {}

    /** The Swing gallery's scenes, and the CRM's when the config has them. */
    static void replayLooksLikeTheApp(FidelityConfig config) throws Exception {
        Set<String> wanted = new java.util.HashSet<>(GALLERY_SCENES);
        if (config.crm) {
            wanted.addAll(CRM_SCENES);
        }
        replayLooksLikeTheApp(config, wanted);
    }

    static void replayLooksLikeTheApp(FidelityConfig config, Set<String> wantedScenes) throws Exception {
        FidelityCheck check = FidelityCheck.run(config);
        System.out.println(FidelityReport.section(check));
        check.scores.forEach(System.out::println);
        Set<String> scenes =
                check.run.manifest().scenes.stream().map(s -> s.name).collect(Collectors.toSet());
        assertTrue(scenes.containsAll(wantedScenes), "scenes shot: " + scenes + ", wanted: " + wantedScenes);
        assertEquals(List.of(), check.replayProblems, "the replay played without errors or rrweb warnings");
        List<String> failures = check.failures();
        assertTrue(
                failures.isEmpty(),
                config.name() + " below its thresholds (" + config.thresholds + "):\n  "
                        + String.join("\n  ", failures));
    }
}
