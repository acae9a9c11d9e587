package io.tapedeck.core.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.TestConfigs;
import io.tapedeck.core.internal.log.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionIdentityTest {
    @TempDir
    Path tmp;

    private TapedeckConfig configWithDataDir(Path dataDir) {
        return TestConfigs.isolated(tmp, "dataDir", dataDir.toString());
    }

    @Test
    void deviceIdIsPersistedAndReusedAcrossLoads() throws Exception {
        Path dataDir = tmp.resolve("state");
        SessionIdentity first = SessionIdentity.start(configWithDataDir(dataDir), 1_000L);
        SessionIdentity second = SessionIdentity.start(configWithDataDir(dataDir), 2_000L);

        assertEquals(first.deviceId(), second.deviceId());
        UUID.fromString(first.deviceId()); // a real UUID
        assertEquals(
                first.deviceId(), Files.readString(dataDir.resolve("device-id")).trim());
        try (var files = Files.list(dataDir)) {
            assertEquals(List.of(dataDir.resolve("device-id")), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void differentDataDirsGetDifferentDeviceIds() {
        String a = DeviceIdStore.loadOrCreate(tmp.resolve("a"));
        String b = DeviceIdStore.loadOrCreate(tmp.resolve("b"));
        assertNotEquals(a, b);
    }

    @Test
    void configuredDeviceIdWinsAndNothingIsWritten() {
        Path dataDir = tmp.resolve("state");
        TapedeckConfig config = TestConfigs.isolated(tmp, "dataDir", dataDir.toString(), "deviceId", "kiosk-12");
        SessionIdentity identity = SessionIdentity.start(config, 1_718_000_000_000L);
        assertEquals("kiosk-12", identity.deviceId());
        assertFalse(Files.exists(dataDir), "a configured id needs no data directory");
    }

    @Test
    void unwritableDataDirFallsBackToAnInMemoryIdWithOneWarning() throws Exception {
        Path aFile = Files.writeString(tmp.resolve("plain-file"), "not a directory");
        Path impossible = aFile.resolve("state"); // a directory can never be created under a file
        try (CapturedLog log = CapturedLog.start()) {
            String first = DeviceIdStore.loadOrCreate(impossible);
            String second =
                    SessionIdentity.start(configWithDataDir(impossible), 5L).deviceId();

            assertEquals(first, second, "one stand-in id for the whole process");
            UUID.fromString(first);
            List<String> warnings = log.messages("WARN");
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(
                    warnings.get(0).startsWith("cannot keep the device id in " + impossible.resolve("device-id")),
                    warnings.get(0));
            assertTrue(warnings.get(0).endsWith("using a temporary id for this process"), warnings.get(0));
        }
    }

    @Test
    void malformedDeviceIdFileIsReplaced() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("state"));
        Files.writeString(dataDir.resolve("device-id"), "not a valid id!\n");
        try (CapturedLog log = CapturedLog.start()) {
            String id = DeviceIdStore.loadOrCreate(dataDir);
            UUID.fromString(id);
            assertEquals(id, Files.readString(dataDir.resolve("device-id")).trim());
            assertEquals(1, log.messages("WARN").size());
        }
    }

    @Test
    void existingIdWrittenByHandIsKept() throws Exception {
        Path dataDir = Files.createDirectories(tmp.resolve("state"));
        Files.writeString(dataDir.resolve("device-id"), "  my-machine  \n");
        assertEquals("my-machine", DeviceIdStore.loadOrCreate(dataDir));
    }

    @Test
    void replayIdIsDeviceIdSlashSessionIdInDecimal() {
        SessionIdentity identity = SessionIdentity.of("kiosk-12", 1_718_000_000_123L);
        assertEquals("kiosk-12", identity.deviceId());
        assertEquals(1_718_000_000_123L, identity.sessionId());
        assertEquals("kiosk-12/1718000000123", identity.replayId());
        assertEquals("kiosk-12/1718000000123", identity.toString());
    }

    @Test
    void sessionIdIsTheStartTimeInEpochMillis() {
        long before = System.currentTimeMillis();
        SessionIdentity identity = SessionIdentity.start(TestConfigs.isolated(tmp, "deviceId", "d"));
        long after = System.currentTimeMillis();
        assertTrue(identity.sessionId() >= before && identity.sessionId() <= after);
    }

    @Test
    void renewedSessionKeepsTheDeviceAndIsAlwaysLater() {
        SessionIdentity first = SessionIdentity.of("d", 5_000L);
        assertEquals(SessionIdentity.of("d", 9_000L), first.renew(9_000L));
        assertEquals(SessionIdentity.of("d", 5_001L), first.renew(5_000L), "same millisecond still gives a new id");
        assertEquals(SessionIdentity.of("d", 5_001L), first.renew(4_000L), "a clock step back never reuses an id");
    }
}
