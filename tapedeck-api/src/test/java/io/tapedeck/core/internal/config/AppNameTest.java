package io.tapedeck.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppNameTest {
    @Test
    void aMainClassGivesItsSimpleName() {
        assertEquals("CrmApp", AppName.of("io.tapedeck.examples.crm.CrmApp --autopilot"));
    }

    @Test
    void aJarGivesItsFileNameWithoutExtension() {
        assertEquals("tapedeck-demo", AppName.of("/opt/x/tapedeck-demo.jar --autopilot"));
    }

    @Test
    void oddCharactersAreReplacedAndNothingBecomesApp() {
        assertEquals("my_app", AppName.of("C:\\apps\\my+app.jar --x"));
        assertEquals("app", AppName.of(""));
    }
}
