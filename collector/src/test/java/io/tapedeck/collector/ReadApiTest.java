package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    CollectorFixture c;

    @BeforeEach
    void start() {
        c = CollectorFixture.start(temp);
    }

    @AfterEach
    void stop() {
        c.close();
    }

    /** A session of {@code seconds} length with one window titled {@code title}. */
    private void post(String device, long start, int seconds, String title) throws Exception {
        List<String> lines = new ArrayList<>(TestEvents.session(start));
        lines.replaceAll(l -> l.replace(TestEvents.WINDOW_TITLE, title));
        lines.add(TestEvents.marker(start + seconds * 1000L, "end"));
        assertEquals(201, c.putBatch(device, start, "0", lines).statusCode());
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(c.get("/api/sessions" + query).body())
                .forEach(s -> ids.add(s.get("replayId").asText()));
        return ids;
    }

    @Test
    void theListIsNewestFirstAndSearchesTitlesAndDevices() throws Exception {
        post("laptop-anna", 1_000_000, 5, "Order Entry");
        post("laptop-anna", 3_000_000, 60, "Invoices");
        post("desk-bob", 2_000_000, 30, "Order Review");

        assertEquals(List.of("laptop-anna/3000000", "desk-bob/2000000", "laptop-anna/1000000"), ids(""));
        assertEquals(List.of("laptop-anna/3000000", "desk-bob/2000000", "laptop-anna/1000000"), ids("?sort=time"));
        assertEquals(List.of("laptop-anna/3000000", "desk-bob/2000000", "laptop-anna/1000000"), ids("?sort=length"));
        assertEquals(List.of("desk-bob/2000000", "laptop-anna/1000000"), ids("?q=order"));
        assertEquals(List.of("laptop-anna/3000000", "laptop-anna/1000000"), ids("?q=ANNA"));
        assertEquals(List.of(), ids("?q=nothing-like-this"));
        assertEquals(400, c.get("/api/sessions?sort=size").statusCode());

        JsonNode one = JSON.readTree(c.get("/api/sessions/desk-bob/2000000").body());
        assertEquals("Order Review", one.get("windowTitle").asText());
        assertEquals(640, one.get("width").asInt());
        assertEquals(404, c.get("/api/sessions/desk-bob/42/events").statusCode());
        assertEquals(400, c.get("/api/sessions/..%2Fx/42/events").statusCode());
    }

    @Test
    void deletingNeedsTheKeyAndRemovesASessionOrADevice() throws Exception {
        post("laptop-anna", 1_000_000, 5, "A");
        post("laptop-anna", 2_000_000, 5, "B");
        post("desk-bob", 3_000_000, 5, "C");

        assertEquals(401, c.delete("/api/sessions/laptop-anna/1000000", null).statusCode());
        assertEquals(401, c.delete("/api/devices/laptop-anna", "wrong").statusCode());
        assertEquals(3, ids("").size());

        assertEquals(
                204,
                c.delete("/api/sessions/laptop-anna/1000000", CollectorFixture.API_KEY)
                        .statusCode());
        assertEquals(
                404,
                c.delete("/api/sessions/laptop-anna/1000000", CollectorFixture.API_KEY)
                        .statusCode());
        assertFalse(Files.exists(temp.resolve("laptop-anna/1000000")));
        assertEquals(List.of("desk-bob/3000000", "laptop-anna/2000000"), ids(""));

        var r = c.delete("/api/devices/desk-bob", CollectorFixture.API_KEY);
        assertEquals(200, r.statusCode());
        assertEquals(1, JSON.readTree(r.body()).get("deletedSessions").asInt());
        assertFalse(Files.exists(temp.resolve("desk-bob")));
        assertEquals(List.of("laptop-anna/2000000"), ids(""));
        assertEquals(404, c.get("/api/sessions/desk-bob/3000000/events").statusCode());

        // A deleted session can be sent again (e.g. a spool replayed), and is stored anew.
        post("desk-bob", 3_000_000, 5, "C");
        assertTrue(ids("").contains("desk-bob/3000000"));
    }

    @Test
    void anIndexLostInACrashIsRebuiltFromTheBatchFiles() throws Exception {
        post("laptop-anna", 1_000_000, 5, "Order Entry");
        Path index = temp.resolve("laptop-anna/1000000/session.json");
        Files.delete(index);
        JsonNode row = JSON.readTree(c.get("/api/sessions").body()).get(0);
        assertEquals(8, row.get("events").asInt());
        assertEquals("Order Entry", row.get("windowTitle").asText());
        assertTrue(Files.exists(index));

        Files.writeString(index, "{ corrupt");
        assertEquals(
                201,
                c.putBatch("laptop-anna", 1_000_000, "1", List.of(TestEvents.marker(1_009_000, "x")))
                        .statusCode());
        row = JSON.readTree(c.get("/api/sessions").body()).get(0);
        assertEquals(9, row.get("events").asInt());
        assertEquals(9_000, row.get("duration").asLong());
    }
}
