package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.core.internal.config.RemoteOverrides;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RemoteOverrides#apply}, the agent's hook for remote configuration: remote values replace
 * local ones, but masking never drops below the floor.
 */
class RemoteConfigurationFloorTest {
    @TempDir
    Path home;

    private TapedeckConfig local(String... keyValues) {
        return TestConfigs.isolated(home, keyValues);
    }

    @Test
    void remoteSampleRateReplacesTheLocalOne() {
        TapedeckConfig config = RemoteOverrides.apply(local("sampleRate", "0.5"), 0.0, null);
        assertEquals(0.0, config.sampleRate());
        assertEquals(MaskLevel.MEDIUM, config.maskLevel(), "an absent remote mask level keeps the local one");
    }

    @Test
    void remoteConservativeApplies() {
        TapedeckConfig config = RemoteOverrides.apply(local("maskLevel", "light"), null, MaskLevel.CONSERVATIVE);
        assertEquals(MaskLevel.CONSERVATIVE, config.maskLevel());
    }

    @Test
    void remoteLightIsRaisedToTheLocalFloor() {
        TapedeckConfig config = RemoteOverrides.apply(
                local("maskLevel", "conservative", "maskLevel.minimum", "medium"), null, MaskLevel.LIGHT);
        assertEquals(MaskLevel.MEDIUM, config.maskLevel());
    }

    @Test
    void theFloorSetWithTheTypedBuilderIsEnforcedToo() {
        TapedeckConfig local = TapedeckConfig.builder()
                .maskLevelMinimum(MaskLevel.CONSERVATIVE)
                .build(java.util.Map.of("user.home", home.toString()), java.util.Map.of());
        assertEquals(
                MaskLevel.CONSERVATIVE,
                RemoteOverrides.apply(local, null, MaskLevel.LIGHT).maskLevel());
    }

    @Test
    void remoteLightAppliesWhenTheFloorAllowsIt() {
        assertEquals(
                MaskLevel.LIGHT,
                RemoteOverrides.apply(local("maskLevel", "medium"), null, MaskLevel.LIGHT)
                        .maskLevel());
    }

    @Test
    void nothingRemoteChangesNothing() {
        TapedeckConfig before = local("sampleRate", "0.3", "maskLevel", "light");
        TapedeckConfig after = RemoteOverrides.apply(before, null, null);
        assertSame(before, after);
        assertEquals(0.3, after.sampleRate());
        assertEquals(MaskLevel.LIGHT, after.maskLevel());
    }

    @Test
    void theLocalConfigurationIsLeftAsItWas() {
        TapedeckConfig before = local("sampleRate", "0.3");
        String shownBefore = before.toString();
        RemoteOverrides.apply(before, 0.9, MaskLevel.CONSERVATIVE);
        assertEquals(0.3, before.sampleRate());
        assertEquals(shownBefore, before.toString());
    }

    @Test
    void toStringNamesRemoteConfigurationAsTheOrigin() {
        String shown = RemoteOverrides.apply(local("maskLevel.minimum", "medium"), 0.25, MaskLevel.LIGHT)
                .toString();
        assertTrue(shown.contains("tapedeck.sampleRate=0.25  (remote configuration)"), shown);
        assertTrue(
                shown.contains("tapedeck.maskLevel=medium  (remote configuration: light, raised to the floor "
                        + "tapedeck.maskLevel.minimum=medium)"),
                shown);
    }

    @Test
    void invalidRemoteValuesAreRefused() {
        TapedeckConfig config = local();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> RemoteOverrides.apply(config, 1.5, null));
        assertEquals("remote tapedeck.sampleRate=1.5: expected a number from 0 to 1, e.g. 0.25", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RemoteOverrides.apply(config, Double.NaN, null));
    }

    @Test
    void thePublicTypeHasNoRemoteHook() {
        assertFalse(
                Arrays.stream(TapedeckConfig.class.getMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()))
                        .map(Method::getName)
                        .anyMatch(
                                name -> name.toLowerCase(java.util.Locale.ROOT).contains("remote")
                                        && !name.equals("enableRemoteConfig")),
                "remote configuration is applied through core's internal RemoteOverrides only");
    }
}
