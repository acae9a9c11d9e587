package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20 senders on loopback: five senders share each session, every tenth batch is sent twice (a
 * retry). Afterwards every batch is stored exactly once, in batch order.
 *
 * <p>The build runs it for 10 s (a few thousand batches, all of them checked); the full-minute
 * soak run is {@code ./mvnw -B -pl collector -am test -Dtest=LoadTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtapedeck.loadTestSeconds=60}.
 */
class LoadTest {
    private static final int SENDERS = 20;
    private static final int SESSIONS = 4;
    private static final int LINES_PER_BATCH = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void twentyConcurrentSendersLoseNothing() throws Exception {
        int seconds = Integer.getInteger("tapedeck.loadTestSeconds", 10);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        // Per session: batch sequence -> the labels of its lines, as sent.
        Map<Integer, Map<Long, List<String>>> sent = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        try (CollectorFixture c = CollectorFixture.start(temp)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
            List<Future<?>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                int sender = s;
                senders.add(pool.submit(() -> {
                    int session = sender % SESSIONS;
                    int lane = sender / SESSIONS; // 0..4: the batch ids this sender owns in its session
                    long sessionId = 1_000_000 + session;
                    for (long n = 0; System.nanoTime() < deadline; n++) {
                        long sequence = n * (SENDERS / SESSIONS) + lane;
                        List<String> labels = new ArrayList<>();
                        List<String> lines = new ArrayList<>();
                        for (int i = 0; i < LINES_PER_BATCH; i++) {
                            String label = sender + ":" + sequence + ":" + i;
                            labels.add(label);
                            lines.add(TestEvents.marker(sessionId + sequence, label));
                        }
                        HttpRequest request = c.put(
                                        "/v1/sessions/load-" + session + "/" + sessionId + "/batches/" + sequence,
                                        CollectorFixture.compressed(lines))
                                .build();
                        assertEquals(
                                201,
                                client.send(request, HttpResponse.BodyHandlers.ofString())
                                        .statusCode());
                        sent.computeIfAbsent(session, k -> new ConcurrentHashMap<>())
                                .put(sequence, labels);
                        created.incrementAndGet();
                        if (n % 10 == 9) {
                            assertEquals(
                                    200,
                                    client.send(request, HttpResponse.BodyHandlers.ofString())
                                            .statusCode());
                            retried.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : senders) f.get(seconds + 120L, TimeUnit.SECONDS);
            pool.shutdown();

            assertTrue(created.get() > SENDERS * 10, "too few batches to mean anything: " + created.get());
            for (int session = 0; session < SESSIONS; session++) {
                long sessionId = 1_000_000 + session;
                List<String> expected = new ArrayList<>();
                new TreeMap<>(sent.get(session)).values().forEach(expected::addAll);
                HttpResponse<String> events = c.get("/api/sessions/load-" + session + "/" + sessionId + "/events");
                List<String> stored = new ArrayList<>();
                for (JsonNode e : JSON.readTree(events.body()))
                    stored.add(e.at("/data/payload/label").asText());
                assertEquals(expected, stored, "session " + session);
            }
            JsonNode list = JSON.readTree(c.get("/api/sessions").body());
            long events = 0;
            for (JsonNode row : list) events += row.get("events").asLong();
            assertEquals((long) created.get() * LINES_PER_BATCH, events);
            System.out.printf(
                    "load test: %d s, %d batches stored, %d retries acknowledged%n",
                    seconds, created.get(), retried.get());
        }
    }
}
