package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionAndConfigTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void sessionsEndedBeforeTheRetentionPeriodAreDeletedAtStart() throws Exception {
        long now = System.currentTimeMillis();
        long old = now - Duration.ofDays(40).toMillis();
        long recent = now - Duration.ofDays(2).toMillis();
        try (CollectorFixture c = CollectorFixture.start(temp)) {
            assertEquals(
                    201, c.putBatch("dev", old, "0", TestEvents.session(old)).statusCode());
            assertEquals(
                    201,
                    c.putBatch("dev", recent, "0", TestEvents.session(recent)).statusCode());
        }
        try (CollectorFixture c = CollectorFixture.start(temp, b -> b.retention(Duration.ofDays(30)))) {
            assertFalse(Files.exists(temp.resolve("dev/" + old)));
            assertTrue(Files.exists(temp.resolve("dev/" + recent)));
            assertEquals(1, JSON.readTree(c.get("/api/sessions").body()).size());
        }
    }

    private static HttpRequest.Builder config(CollectorFixture c, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(c.uri("/v1/config")).GET();
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    @Test
    void remoteConfigurationIsPerApiKey() throws Exception {
        Path file = temp.resolve("collector.properties");
        Files.writeString(
                file, "key.team-a.sampleRate=0.25\nkey.team-a.maskLevel=medium\nkey.team-b.maskLevel=strict\n");
        Map<String, io.tapedeck.collector.internal.RemoteSettings> fromFile =
                io.tapedeck.collector.internal.RemoteConfigFile.read(file);
        try (CollectorFixture c = CollectorFixture.start(temp.resolve("data"), b -> {
            fromFile.forEach((k, v) -> b.remoteConfig(k, v.sampleRate(), v.maskLevel()));
            return b;
        })) {
            assertEquals(
                    JSON.readTree("{\"sampleRate\":0.25,\"maskLevel\":\"medium\"}"),
                    JSON.readTree(c.send(config(c, "team-a")).body()));
            assertEquals(
                    JSON.readTree("{\"maskLevel\":\"strict\"}"),
                    JSON.readTree(c.send(config(c, "team-b")).body()));
            assertEquals(
                    JSON.readTree("{}"),
                    JSON.readTree(c.send(config(c, CollectorFixture.API_KEY)).body()));
            assertEquals(401, c.send(config(c, "team-c")).statusCode());
            assertEquals(401, c.send(config(c, null)).statusCode());
            // A key named in the config is also allowed to upload.
            var put = c.put("/v1/sessions/dev/1/batches/0", CollectorFixture.compressed(TestEvents.session(1)))
                    .setHeader("Authorization", "Bearer team-b");
            assertEquals(201, c.send(put).statusCode());
        }
    }
}
