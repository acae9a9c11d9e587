package io.tapedeck.amplitude;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amplitude.Amplitude;
import com.amplitude.AmplitudeLog;
import com.amplitude.Event;
import com.amplitude.MiddlewarePayload;
import io.tapedeck.Tapedeck;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.testing.TestWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Amplitude SDK with the middleware, sending to a local stand-in for Amplitude's HTTP
 * API, while Tapedeck records the app's window (a real one, under the build's Xvfb) to a real
 * {@code file:} destination.
 */
class TapedeckAmplitudeMiddlewareTest {
    private static final String REPLAY_ID = "[Amplitude] Session Replay ID";
    private static final long SESSION = 1_795_950_000_000L;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    /** The app's window: the recorder writes nothing, app events included, before its first capture of one. */
    private static TestWindow appWindow;

    @TempDir
    Path tmp;

    private LocalAmplitudeApi api;
    private Amplitude amplitude;

    @BeforeAll
    static void showTheAppsWindow() throws Exception {
        appWindow = TestWindow.withLabel("Shop", "Checkout");
    }

    @AfterAll
    static void closeTheAppsWindow() throws Exception {
        if (appWindow != null) appWindow.close();
    }

    @BeforeEach
    void amplitudeClientWithTheMiddleware() throws Exception {
        api = new LocalAmplitudeApi();
        amplitude = Amplitude.getInstance("tapedeck-test-" + CLIENTS.incrementAndGet());
        amplitude.init("test-api-key");
        amplitude.setServerUrl(api.url());
        amplitude.setLogMode(AmplitudeLog.LogMode.ERROR);
        amplitude.addEventMiddleware(new TapedeckAmplitudeMiddleware());
    }

    @AfterEach
    void stopEverything() throws Exception {
        Tapedeck.stop();
        amplitude.shutdown();
        api.close();
    }

    private void record(String sampleRate, boolean optOut) {
        Tapedeck.start(TapedeckConfig.builder()
                .set("serverUrl", "file://" + tmp.resolve("sessions"))
                .set("dataDir", tmp.resolve("data").toString())
                .set("sampleRate", sampleRate)
                .set("optOut", String.valueOf(optOut))
                .build());
    }

    private static Event event(String type, String deviceId, long sessionId, Map<String, Object> properties) {
        Event event = new Event(type, null, deviceId);
        event.sessionId = sessionId;
        event.setEventProperties(properties);
        return event;
    }

    /** Logs the events through the real SDK and returns them as the API received them. */
    private List<JSONObject> send(Event... events) throws InterruptedException {
        int before = api.events().size();
        for (Event e : events) amplitude.logEvent(e);
        amplitude.flushEvents();
        List<JSONObject> all = api.awaitEvents(before + events.length);
        return all.subList(before, all.size());
    }

    private static Optional<String> replayIdOf(JSONObject received) {
        JSONObject properties = received.optJSONObject("event_properties");
        return properties == null || !properties.has(REPLAY_ID)
                ? Optional.empty()
                : Optional.of(properties.getString(REPLAY_ID));
    }

    /** The session file once it holds {@code text} (the recorder writes after its first capture). */
    private String awaitInSessionFile(long sessionId, String text) throws Exception {
        Path file = tmp.resolve("sessions").resolve(sessionId + ".ndjson");
        long deadline = System.currentTimeMillis() + 10_000;
        String all = "";
        while (System.currentTimeMillis() < deadline) {
            Tapedeck.flush();
            all = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            if (all.contains(text)) return all;
            Thread.sleep(50);
        }
        throw new AssertionError(file + " never held " + text + ":\n" + all);
    }

    @Test
    void recordedEventsCarryTheReplayIdOfTheirSession() throws Exception {
        record("1", false);

        JSONObject received = send(event("Checkout Started", "amp-device-1", SESSION, Map.of("step", 1)))
                .get(0);

        assertEquals(Optional.of("amp-device-1/" + SESSION), replayIdOf(received));
        assertEquals(1, received.getJSONObject("event_properties").getInt("step"), "the app's properties stay");
        assertEquals(SESSION, received.getLong("session_id"));
        assertEquals(Tapedeck.replayId(), replayIdOf(received), "the id the event carries is the recording's");
    }

    @Test
    void theReplayFollowsTheAppIntoANewSession() throws Exception {
        record("1", false);
        long next = SESSION + 600_000;

        List<JSONObject> received = send(
                event("Search", "amp-device-2", SESSION, Map.of()), event("Search", "amp-device-2", next, Map.of()));

        assertEquals(Optional.of("amp-device-2/" + SESSION), replayIdOf(received.get(0)));
        assertEquals(Optional.of("amp-device-2/" + next), replayIdOf(received.get(1)));
        assertEquals(Optional.of("amp-device-2/" + next), Tapedeck.replayId());
        assertTrue(
                Files.exists(tmp.resolve("sessions").resolve(SESSION + ".ndjson")), "the first session has its file");
        assertTrue(Files.exists(tmp.resolve("sessions").resolve(next + ".ndjson")), "the new session has its own file");
    }

    @Test
    void eventsAreCustomEventsOnTheReplayTimeline() throws Exception {
        record("1", false);

        send(event("Order Completed", "amp-device-3", SESSION, Map.of("total", 42.5, "currency", "EUR")));

        String file = awaitInSessionFile(SESSION, "Order Completed");
        String custom = file.lines()
                .filter(l -> l.contains("\"type\":5") && l.contains("\"tag\":\"Order Completed\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Custom event in:\n" + file));
        assertTrue(custom.contains("\"total\":42.5") && custom.contains("\"currency\":\"EUR\""), custom);
        assertFalse(custom.contains(REPLAY_ID), "the timeline gets the app's properties, not the link: " + custom);
    }

    @Test
    void aSampledOutSessionsEventsHaveNoReplayId() throws Exception {
        record("0", false);

        JSONObject received = send(event("Checkout Started", "amp-device-4", SESSION, Map.of("step", 1)))
                .get(0);

        assertEquals(Optional.empty(), replayIdOf(received));
        assertEquals(1, received.getJSONObject("event_properties").getInt("step"));
        assertEquals(Optional.empty(), Tapedeck.replayId());
    }

    @Test
    void anOptedOutDevicesEventsHaveNoReplayId() throws Exception {
        record("1", true);

        JSONObject received = send(event("Checkout Started", "amp-device-5", SESSION, Map.of()))
                .get(0);

        assertEquals(Optional.empty(), replayIdOf(received));
    }

    @Test
    void withoutARecordingEventsGoOutUnlinked() throws Exception {
        JSONObject received = send(event("Checkout Started", "amp-device-6", SESSION, Map.of("step", 1)))
                .get(0);

        assertEquals(Optional.empty(), replayIdOf(received));
        assertEquals(1, received.getJSONObject("event_properties").getInt("step"));
    }

    @Test
    void anEventWithoutASessionLeavesTheRecordingsSessionAlone() throws Exception {
        record("1", false);
        send(event("Opened", "amp-device-7", SESSION, Map.of()));

        JSONObject received =
                send(event("Background Sync", "amp-device-7", -1, Map.of())).get(0);

        assertEquals(Optional.empty(), replayIdOf(received), "an event of no session links to no replay");
        assertEquals(Optional.of("amp-device-7/" + SESSION), Tapedeck.replayId());
        awaitInSessionFile(SESSION, "\"tag\":\"Background Sync\""); // it still happened in this app, now
    }

    @Test
    void anUnusableDeviceIdLeavesTheSessionAloneAndIsSaidOnceAtDebugLevel() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Consumer<String> previous = Log.swapSinkForTests(lines::add);
        try {
            Tapedeck.start(TapedeckConfig.builder()
                    .set("serverUrl", "file://" + tmp.resolve("sessions"))
                    .set("dataDir", tmp.resolve("data").toString())
                    .set("debug", "true")
                    .build());
            send(event("Opened", "amp-device-8", SESSION, Map.of()));

            List<JSONObject> received = send(
                    event("Signed In", "user@example.com", SESSION + 1, Map.of()),
                    event("Signed In", "user@example.com", SESSION + 2, Map.of()));

            assertEquals(Optional.empty(), replayIdOf(received.get(0)));
            assertEquals(Optional.empty(), replayIdOf(received.get(1)));
            assertEquals(Optional.of("amp-device-8/" + SESSION), Tapedeck.replayId(), "the session was left alone");
            List<String> said = lines.stream()
                    .filter(l -> l.contains("amplitude middleware"))
                    .toList();
            assertEquals(1, said.size(), "said once: " + lines);
            assertTrue(said.get(0).contains("DEBUG") && said.get(0).contains("user@example.com"), said.get(0));
        } finally {
            Log.swapSinkForTests(previous);
        }
    }

    @Test
    void aPayloadWithoutAnEventIsPassedOn() {
        MiddlewarePayload payload = new MiddlewarePayload(null);
        AtomicReference<MiddlewarePayload> passed = new AtomicReference<>();
        new TapedeckAmplitudeMiddleware().run(payload, passed::set);
        assertSame(payload, passed.get());
    }
}
