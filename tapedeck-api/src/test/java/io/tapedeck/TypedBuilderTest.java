package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed {@link TapedeckConfig.Builder} methods: values, ranges, precedence, and the enums' parsers. */
class TypedBuilderTest {
    @TempDir
    Path home;

    private ConfigFixture fixture() {
        return new ConfigFixture(home);
    }

    @Test
    void everyTypedValueArrivesAsGiven() {
        ConfigFixture f = fixture();
        Path data = home.resolve("data");
        f.code.enabled(false)
                .serverUrl("https://replay.example.com/")
                .apiKey("k-1")
                .deviceId("box-7")
                .dataDir(data)
                .spoolDir(home.resolve("spool"))
                .flushInterval(Duration.ofSeconds(2))
                .storageLimitMB(50)
                .compressionLevel(9)
                .allowInsecureHttp(true)
                .enableRemoteConfig(true)
                .maskLevel(MaskLevel.CONSERVATIVE)
                .maskLevelMinimum(MaskLevel.MEDIUM)
                .maskImages(MaskImages.ALL)
                .privacyRules("mask: name=ssn*")
                .sampleRate(0.25)
                .optOut(true)
                .recordPainting(false)
                .keyframeInterval(Duration.ofMinutes(1))
                .maxCapturesPerSecond(30)
                .uiThreadBudgetMsPerSecond(40)
                .resyncInterval(Duration.ofSeconds(9))
                .debug(true);
        TapedeckConfig c = f.build();
        assertFalse(c.enabled());
        assertEquals("https://replay.example.com", c.serverUrl());
        assertEquals(Mode.COLLECTOR, c.mode());
        assertEquals(Optional.of("k-1"), c.apiKey());
        assertEquals(Optional.of("box-7"), c.deviceId());
        assertEquals(data, c.dataDir());
        assertEquals(home.resolve("spool"), c.spoolDir());
        assertEquals(Duration.ofSeconds(2), c.flushInterval());
        assertEquals(50, c.storageLimitMB());
        assertEquals(9, c.compressionLevel());
        assertTrue(c.allowInsecureHttp());
        assertTrue(c.enableRemoteConfig());
        assertEquals(MaskLevel.CONSERVATIVE, c.maskLevel());
        assertEquals(MaskLevel.MEDIUM, c.maskLevelMinimum());
        assertEquals(MaskImages.ALL, c.maskImages());
        assertEquals(Optional.of("mask: name=ssn*"), c.privacyRules());
        assertEquals(0.25, c.sampleRate());
        assertTrue(c.optOut());
        assertFalse(c.recordPainting());
        assertEquals(Duration.ofMinutes(1), c.keyframeInterval());
        assertEquals(30, c.maxCapturesPerSecond());
        assertEquals(40, c.uiThreadBudgetMsPerSecond());
        assertEquals(Duration.ofSeconds(9), c.resyncInterval());
        assertTrue(c.debug());
        assertTrue(c.toString().contains("tapedeck.flushIntervalMs=2000  (code or agent arguments)"), c.toString());
        assertTrue(c.toString().contains("tapedeck.maskLevel=conservative  (code or agent arguments)"), c.toString());
    }

    @Test
    void defaultsAreTyped() {
        TapedeckConfig c = fixture().build();
        assertEquals(Duration.ofSeconds(5), c.flushInterval());
        assertEquals(Duration.ofMinutes(5), c.keyframeInterval());
        assertEquals(Duration.ofSeconds(5), c.resyncInterval());
        assertEquals(MaskLevel.MEDIUM, c.maskLevel());
        assertEquals(MaskLevel.LIGHT, c.maskLevelMinimum());
        assertEquals(MaskImages.LARGE, c.maskImages());
        assertEquals(Mode.FILE, c.mode());
        assertFalse(c.mode().uploads());
    }

    @Test
    void modeFollowsTheDestination() {
        assertEquals(Mode.FILE, built(b -> b.serverUrl("file:///var/tmp/td")).mode());
        assertEquals(
                Mode.COLLECTOR, built(b -> b.serverUrl("http://127.0.0.1:8787")).mode());
        TapedeckConfig amplitude = built(b -> b.serverZone(ServerZone.EU).apiKey("amp"));
        assertEquals(Mode.AMPLITUDE, amplitude.mode());
        assertEquals(Optional.of(ServerZone.EU), amplitude.serverZone());
        assertEquals(
                Mode.AMPLITUDE,
                built(b -> b.serverZone(ServerZone.US).apiKey("amp").serverUrl("https://proxy.example.com"))
                        .mode());
    }

    private TapedeckConfig built(Consumer<TapedeckConfig.Builder> settings) {
        ConfigFixture f = fixture();
        settings.accept(f.code);
        return f.build();
    }

    @Test
    void outOfRangeValuesFailAtTheCallNamingMethodKeyAndRange() {
        TapedeckConfig.Builder b = TapedeckConfig.builder();
        assertRejected(
                "sampleRate(1.5): tapedeck.sampleRate: expected a number from 0 to 1, e.g. 0.25",
                () -> b.sampleRate(1.5));
        assertRejected(
                "sampleRate(NaN): tapedeck.sampleRate: expected a number from 0 to 1, e.g. 0.25",
                () -> b.sampleRate(Double.NaN));
        assertRejected(
                "sampleRate(-0.1): tapedeck.sampleRate: expected a number from 0 to 1, e.g. 0.25",
                () -> b.sampleRate(-0.1));
        assertRejected(
                "flushInterval(PT0.199S): tapedeck.flushIntervalMs: expected whole milliseconds from 200 to 60000",
                () -> b.flushInterval(Duration.ofMillis(199)));
        assertRejected(
                "flushInterval(PT1M0.001S): tapedeck.flushIntervalMs: expected whole milliseconds from 200 to 60000",
                () -> b.flushInterval(Duration.ofMillis(60_001)));
        assertRejected(
                "flushInterval(PT0.2000005S): tapedeck.flushIntervalMs: expected whole milliseconds from 200 to 60000",
                () -> b.flushInterval(Duration.ofNanos(200_000_500)));
        assertRejected(
                "flushInterval(PT-1S): tapedeck.flushIntervalMs: expected whole milliseconds from 200 to 60000",
                () -> b.flushInterval(Duration.ofSeconds(-1)));
        assertRejected(
                "keyframeInterval(PT9S): tapedeck.keyframeIntervalSeconds: expected whole seconds from 10 to 86400",
                () -> b.keyframeInterval(Duration.ofSeconds(9)));
        assertRejected(
                "keyframeInterval(PT10.5S): tapedeck.keyframeIntervalSeconds: expected whole seconds from 10 to 86400",
                () -> b.keyframeInterval(Duration.ofMillis(10_500)));
        assertRejected(
                "resyncInterval(PT1H0.001S): tapedeck.resyncIntervalSeconds: expected whole seconds from 1 to 3600",
                () -> b.resyncInterval(Duration.ofHours(1).plusMillis(1)));
        assertRejected(
                "maxCapturesPerSecond(61): tapedeck.maxCapturesPerSecond: expected a whole number from 1 to 60",
                () -> b.maxCapturesPerSecond(61));
        assertRejected(
                "uiThreadBudgetMsPerSecond(0): tapedeck.uiThreadBudgetMsPerSecond: expected a whole number from 1 to 500",
                () -> b.uiThreadBudgetMsPerSecond(0));
        assertRejected(
                "compressionLevel(20): tapedeck.compressionLevel: expected a whole number from 1 to 19",
                () -> b.compressionLevel(20));
        assertRejected(
                "storageLimitMB(0): tapedeck.storageLimitMB: expected a whole number from 1 to 102400",
                () -> b.storageLimitMB(0));
        assertRejected(
                "deviceId(my laptop): tapedeck.deviceId: expected 1 to 64 characters from A-Z a-z 0-9 . _ -",
                () -> b.deviceId("my laptop"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.serverUrl("ftp://collector.example.com"))
                .getMessage()
                .startsWith("serverUrl(ftp://collector.example.com): tapedeck.serverUrl: expected a collector URL"));
    }

    @Test
    void aRejectedApiKeyIsNotPrinted() {
        String message = assertThrows(
                        IllegalArgumentException.class,
                        () -> TapedeckConfig.builder().apiKey("secret with spaces"))
                .getMessage();
        assertFalse(message.contains("secret"), message);
        assertEquals(
                "apiKey(<18 characters, hidden>): tapedeck.apiKey: expected 1 to 256 visible ASCII characters, no spaces",
                message);
    }

    @Test
    void aRejectedValueLeavesTheBuilderAsItWas() {
        ConfigFixture f = fixture();
        f.code.sampleRate(0.5);
        assertThrows(IllegalArgumentException.class, () -> f.code.sampleRate(2));
        assertEquals(0.5, f.build().sampleRate());
    }

    private static void assertRejected(String message, org.junit.jupiter.api.function.Executable call) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void typedValuesRankBelowSystemPropertiesAndEnvironment() {
        ConfigFixture bySysprop = fixture().sysprop("tapedeck.flushIntervalMs", "700");
        bySysprop.code.flushInterval(Duration.ofSeconds(3));
        assertEquals(Duration.ofMillis(700), bySysprop.build().flushInterval());

        ConfigFixture byEnv = fixture().env("TAPEDECK_MASK_LEVEL", "light");
        byEnv.code.maskLevel(MaskLevel.CONSERVATIVE);
        assertEquals(MaskLevel.LIGHT, byEnv.build().maskLevel());
    }

    @Test
    void typedValuesRankAboveTheFile() throws IOException {
        ConfigFixture f = fixture().file("tapedeck.keyframeIntervalSeconds=600\ntapedeck.maskImages=none\n");
        f.code.keyframeInterval(Duration.ofSeconds(20)).maskImages(MaskImages.ALL);
        TapedeckConfig c = f.build();
        assertEquals(Duration.ofSeconds(20), c.keyframeInterval());
        assertEquals(MaskImages.ALL, c.maskImages());
    }

    @Test
    void typedAndTextValuesOfOneKeyAreOneSettingTheLastWins() {
        ConfigFixture typedLast = fixture();
        typedLast.code.set("tapedeck.sampleRate", "0.1").sampleRate(0.9);
        assertEquals(0.9, typedLast.build().sampleRate());

        ConfigFixture textLast = fixture();
        textLast.code.sampleRate(0.9).set("sampleRate", "0.1");
        assertEquals(0.1, textLast.build().sampleRate());
    }

    @Test
    void nullRemovesTheValueFromCode() throws IOException {
        ConfigFixture f = fixture().file("tapedeck.maskLevel=light\n");
        f.code.maskLevel(MaskLevel.CONSERVATIVE)
                .maskLevel(null)
                .flushInterval(Duration.ofSeconds(1))
                .flushInterval(null);
        TapedeckConfig c = f.build();
        assertEquals(MaskLevel.LIGHT, c.maskLevel(), "the file's value");
        assertEquals(Duration.ofSeconds(5), c.flushInterval(), "the default");
    }

    @Test
    void configFileNamesTheFileToRead() throws IOException {
        ConfigFixture f = fixture();
        java.nio.file.Files.writeString(home.resolve("other.properties"), "tapedeck.maxCapturesPerSecond=7\n");
        f.code.configFile(home.resolve("other.properties"));
        assertEquals(7, f.build().maxCapturesPerSecond());
    }

    @Test
    void enumsParseTheirWordsInAnyCaseAndNameTheAllowedOnes() {
        assertEquals(MaskLevel.CONSERVATIVE, MaskLevel.parse(" Conservative "));
        assertEquals(MaskImages.NONE, MaskImages.parse("NONE"));
        assertEquals(
                "\"strict\" is not one of light, medium, conservative",
                assertThrows(IllegalArgumentException.class, () -> MaskLevel.parse("strict"))
                        .getMessage());
        assertEquals(
                "\"some\" is not one of none, large, all",
                assertThrows(IllegalArgumentException.class, () -> MaskImages.parse("some"))
                        .getMessage());
        assertEquals(
                "\"null\" is not one of none, large, all",
                assertThrows(IllegalArgumentException.class, () -> MaskImages.parse(null))
                        .getMessage());
    }

    @Test
    void theFileAndTheEnumShareOneParser() {
        // A spelling the enum accepts is accepted from text too, and the text's error names the same words.
        assertEquals(
                MaskLevel.CONSERVATIVE,
                fixture().code("maskLevel", "CONSERVATIVE").build().maskLevel());
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class,
                () -> fixture().code("maskImages", "some").build());
        assertEquals(
                "tapedeck.maskImages=some: expected one of none, large, all (from code or agent arguments)",
                e.problems().get(0));
    }

    @Test
    void everyKeyHasATypedBuilderMethod() {
        java.util.Set<String> methods = new java.util.HashSet<>();
        for (java.lang.reflect.Method m : TapedeckConfig.Builder.class.getMethods()) {
            if (m.getDeclaringClass() == TapedeckConfig.Builder.class && m.getParameterCount() == 1)
                methods.add(m.getName());
        }
        for (io.tapedeck.core.internal.config.ConfigKey<?> key : io.tapedeck.core.internal.config.ConfigKeys.ALL) {
            String name = key.name().equals("config")
                    ? "configFile"
                    : key.name().matches(".*Interval(Ms|Seconds)")
                            ? key.name().replaceAll("(Ms|Seconds)$", "")
                            : java.util.regex.Pattern.compile("\\.(.)")
                                    .matcher(key.name())
                                    .replaceAll(r -> r.group(1).toUpperCase());
            assertTrue(methods.contains(name), key.property() + " has no typed builder method " + name + "(...)");
        }
    }

    @Test
    void atLeastKeepsTheStricterLevel() {
        assertEquals(MaskLevel.MEDIUM, MaskLevel.LIGHT.atLeast(MaskLevel.MEDIUM));
        assertEquals(MaskLevel.CONSERVATIVE, MaskLevel.CONSERVATIVE.atLeast(MaskLevel.LIGHT));
    }
}
