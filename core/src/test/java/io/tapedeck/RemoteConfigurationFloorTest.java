package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TapedeckConfig#withRemote}: remote values replace local ones, but masking never drops below the floor. */
class RemoteConfigurationFloorTest {
    @TempDir Path home;

    private TapedeckConfig local(String... keyValues) {
        return TestConfigs.isolated(home, keyValues);
    }

    @Test
    void remoteSampleRateReplacesTheLocalOne() {
        TapedeckConfig config = local("sampleRate", "0.5").withRemote(0.0, null);
        assertEquals(0.0, config.sampleRate());
        assertEquals("medium", config.maskLevel(), "an absent remote mask level keeps the local one");
    }

    @Test
    void remoteConservativeApplies() {
        assertEquals("conservative", local("maskLevel", "light").withRemote(null, "conservative").maskLevel());
    }

    @Test
    void remoteLightIsRaisedToTheLocalFloor() {
        TapedeckConfig config = local("maskLevel", "conservative", "maskLevel.minimum", "medium").withRemote(null, "light");
        assertEquals("medium", config.maskLevel());
    }

    @Test
    void remoteLightAppliesWhenTheFloorAllowsIt() {
        assertEquals("light", local("maskLevel", "medium").withRemote(null, "light").maskLevel());
    }

    @Test
    void nothingRemoteChangesNothing() {
        TapedeckConfig before = local("sampleRate", "0.3", "maskLevel", "light");
        TapedeckConfig after = before.withRemote(null, null);
        assertEquals(0.3, after.sampleRate());
        assertEquals("light", after.maskLevel());
        assertEquals(before.toString(), after.toString());
    }

    @Test
    void toStringNamesRemoteConfigurationAsTheOrigin() {
        String shown = local("maskLevel.minimum", "medium").withRemote(0.25, "light").toString();
        assertTrue(shown.contains("tapedeck.sampleRate=0.25  (remote configuration)"), shown);
        assertTrue(shown.contains("tapedeck.maskLevel=medium  (remote configuration: light, raised to the floor "
                + "tapedeck.maskLevel.minimum=medium)"), shown);
    }

    @Test
    void invalidRemoteValuesAreRefused() {
        TapedeckConfig config = local();
        assertThrows(IllegalArgumentException.class, () -> config.withRemote(1.5, null));
        assertThrows(IllegalArgumentException.class, () -> config.withRemote(null, "none"));
    }
}
