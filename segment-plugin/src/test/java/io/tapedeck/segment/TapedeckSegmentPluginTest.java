package io.tapedeck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.segment.analytics.Analytics;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.ScreenMessage;
import com.segment.analytics.messages.TrackMessage;
import io.tapedeck.Tapedeck;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.TapedeckConfigException;
import io.tapedeck.testing.TestWindow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin inside the real Segment client, which sends to a stand-in for Segment's API on
 * 127.0.0.1; the recorder writes to files ({@code file:} destination) that the tests read back.
 */
class TapedeckSegmentPluginTest {
    private static final String REPLAY_ID = "[Amplitude] Session Replay ID";
    private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    @TempDir
    Path temp;

    private Path sessions;
    private SegmentApiStub segment;
    private Analytics analytics;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void startSegmentStandIn() throws Exception {
        sessions = temp.resolve("sessions");
        segment = new SegmentApiStub();
    }

    @AfterEach
    void stopEverything() {
        if (analytics != null) analytics.shutdown();
        Tapedeck.stop();
        segment.close();
    }

    private TapedeckSegmentPlugin.Builder plugin() {
        return TapedeckSegmentPlugin.builder("tapedeck-test-key")
                .set("serverUrl", sessions.toUri().toString())
                .set("dataDir", temp.resolve("data").toString())
                .clock(clock);
    }

    private TapedeckSegmentPlugin addToSegment(TapedeckSegmentPlugin plugin) {
        analytics = Analytics.builder("segment-write-key")
                .endpoint(segment.endpoint())
                .flushInterval(1, TimeUnit.SECONDS)
                .plugin(plugin)
                .build();
        return plugin;
    }

    private List<JsonObject> sent(int count) throws InterruptedException {
        analytics.flush();
        return segment.await(count);
    }

    private static TrackMessage.Builder track(String event, String device) {
        return TrackMessage.builder(event).anonymousId(device);
    }

    private static Optional<String> replayIdOf(JsonObject message) {
        JsonObject properties = message.getAsJsonObject("properties");
        return properties == null || !properties.has(REPLAY_ID)
                ? Optional.empty()
                : Optional.of(properties.get(REPLAY_ID).getAsString());
    }

    private static long sessionIdOf(JsonObject message) {
        return message.getAsJsonObject("integrations")
                .getAsJsonObject("Actions Amplitude")
                .get("session_id")
                .getAsLong();
    }

    @Test
    void trackAndScreenEventsCarryTheReplayIdOfTheRecordedSession() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("Checkout Started", "device-1").properties(Map.of("cart", 3)));
        String replayId = Tapedeck.replayId().orElseThrow(() -> new AssertionError("not recording"));
        analytics.enqueue(ScreenMessage.builder("Cart").anonymousId("device-1"));
        analytics.enqueue(IdentifyMessage.builder().anonymousId("device-1").traits(Map.of("plan", "pro")));

        List<JsonObject> sent = sent(3);
        assertEquals("device-1/" + T0, replayId, "the recorder follows the plugin's device and session");
        assertEquals(Optional.of(replayId), replayIdOf(sent.get(0)));
        assertEquals(3, sent.get(0).getAsJsonObject("properties").get("cart").getAsInt(), "the app's properties stay");
        assertEquals(Optional.of(replayId), replayIdOf(sent.get(1)));
        for (JsonObject m : sent) assertEquals(T0, sessionIdOf(m), "every message carries the session: " + m);
        assertFalse(sent.get(2).has("properties"), "identify has traits, not the replay property");
    }

    @Test
    void theDeviceIsContextDeviceIdBeforeTheAnonymousId() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("Opened", "anon-7").context(Map.of("device", Map.of("id", "hw-42"))));

        assertEquals(Optional.of("hw-42/" + T0), replayIdOf(sent(1).get(0)));
        assertEquals(Optional.of("hw-42/" + T0), Tapedeck.replayId());
    }

    @Test
    void aSessionIdSetByTheAppIsTheReplaysSession() throws Exception {
        addToSegment(plugin().build());
        long appSession = T0 - 60_000;

        analytics.enqueue(
                track("Opened", "device-1").integrationOptions("Actions Amplitude", Map.of("session_id", appSession)));
        analytics.enqueue(track("Clicked", "device-1")); // no id: stays in the app's session

        List<JsonObject> sent = sent(2);
        assertEquals(Optional.of("device-1/" + appSession), Tapedeck.replayId());
        assertEquals(Optional.of("device-1/" + appSession), replayIdOf(sent.get(0)));
        assertEquals(appSession, sessionIdOf(sent.get(0)));
        assertEquals(Optional.of("device-1/" + appSession), replayIdOf(sent.get(1)));
        assertEquals(appSession, sessionIdOf(sent.get(1)));
    }

    @Test
    void afterFiveIdleMinutesEventsAndRecorderMoveToTheNewSessionTogether() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("A", "device-1"));
        Optional<String> first = Tapedeck.replayId();
        clock.advance(Duration.ofMinutes(4));
        analytics.enqueue(track("B", "device-1")); // 4 idle minutes: same session
        Optional<String> second = Tapedeck.replayId();
        clock.advance(Duration.ofMinutes(5).plusMillis(1));
        analytics.enqueue(track("C", "device-1")); // just over 5 idle minutes: a new one
        Optional<String> third = Tapedeck.replayId();

        List<JsonObject> sent = sent(3);
        long renewed = T0 + Duration.ofMinutes(9).plusMillis(1).toMillis();
        assertEquals(
                List.of(T0, T0, renewed),
                List.of(sessionIdOf(sent.get(0)), sessionIdOf(sent.get(1)), sessionIdOf(sent.get(2))));
        assertEquals(Optional.of("device-1/" + T0), first);
        assertEquals(first, second);
        assertEquals(Optional.of("device-1/" + renewed), third);
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(first, second, third).get(i), replayIdOf(sent.get(i)), "event " + i);
        }
    }

    @Test
    void eachTrackAndScreenEventIsACustomEventOfItsSessionsReplay() throws Exception {
        addToSegment(plugin().build());
        try (TestWindow window = shop()) {
            analytics.enqueue(track("Checkout Started", "device-1").properties(Map.of("cart", 3, "coupon", "SPRING")));
            analytics.enqueue(ScreenMessage.builder("Cart").anonymousId("device-1"));
            List<JsonObject> firstSession = Recordings.awaitCustomEvents(sessions, T0, 2);
            clock.advance(Duration.ofMinutes(6));
            analytics.enqueue(track("Came Back", "device-1"));
            long renewed = T0 + Duration.ofMinutes(6).toMillis();
            List<JsonObject> secondSession = Recordings.awaitCustomEvents(sessions, renewed, 1);
            sent(3);

            assertEquals(
                    List.of("Checkout Started", "Cart"), tags(firstSession), "in " + Recordings.events(sessions, T0));
            JsonObject payload = firstSession.get(0).getAsJsonObject("data").getAsJsonObject("payload");
            assertEquals(3, payload.get("cart").getAsInt());
            assertEquals("SPRING", payload.get("coupon").getAsString());
            assertEquals(List.of("Came Back"), tags(secondSession));
            assertTrue(
                    Recordings.events(sessions, T0).stream()
                            .anyMatch(e -> e.get("type").getAsInt() == 2),
                    "the replay has the window's full snapshot too");
        }
    }

    @Test
    void appEventsLandEvenWhenTheAppHasNoWindow() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("Checkout Started", "device-1"));
        Tapedeck.stop();

        assertEquals(List.of("Checkout Started"), tags(Recordings.customEvents(sessions, T0)));
    }

    private static List<String> tags(List<JsonObject> customEvents) {
        return customEvents.stream()
                .map(e -> e.getAsJsonObject("data").get("tag").getAsString())
                .toList();
    }

    @Test
    void aSampledOutSessionCarriesNoReplayIdAndIsNotRecorded() throws Exception {
        addToSegment(plugin().sampleRate(0).build());

        analytics.enqueue(track("Checkout Started", "device-1"));
        Optional<String> replayId = Tapedeck.replayId();

        JsonObject sent = sent(1).get(0);
        assertEquals(Optional.empty(), replayId);
        assertEquals(Optional.empty(), replayIdOf(sent));
        assertEquals(T0, sessionIdOf(sent), "the analytics session is kept all the same");
        assertEquals(List.of(), Recordings.sessionFiles(sessions));
    }

    @Test
    void anOptedOutDeviceCarriesNoReplayIdAndIsNotRecorded() throws Exception {
        addToSegment(plugin().optOut(true).build());

        analytics.enqueue(track("Checkout Started", "device-1"));
        analytics.enqueue(ScreenMessage.builder("Cart").anonymousId("device-1"));

        List<JsonObject> sent = sent(2);
        assertEquals(Optional.empty(), Tapedeck.replayId());
        assertEquals(Optional.empty(), replayIdOf(sent.get(0)));
        assertEquals(Optional.empty(), replayIdOf(sent.get(1)));
        assertEquals(T0, sessionIdOf(sent.get(0)));
        assertEquals(List.of(), Recordings.sessionFiles(sessions));
    }

    @Test
    void pausedEventsCarryNoReplayIdAndResumeRecordsTheSameSessionAgain() throws Exception {
        TapedeckSegmentPlugin plugin = addToSegment(plugin().build());
        TestWindow window = shop();

        analytics.enqueue(track("Before", "device-1"));
        Recordings.awaitCustomEvents(sessions, T0, 1);
        plugin.pause();
        boolean recordingWhilePaused = Tapedeck.isRecording();
        analytics.enqueue(track("Restricted Area", "device-1"));
        plugin.resume();
        Optional<String> resumed = Tapedeck.replayId();
        analytics.enqueue(track("After", "device-1"));
        List<String> timeline = tags(Recordings.awaitCustomEvents(sessions, T0, 2));
        window.close();

        List<JsonObject> sent = sent(3);
        assertFalse(recordingWhilePaused);
        assertEquals(Optional.of("device-1/" + T0), replayIdOf(sent.get(0)));
        assertEquals(Optional.empty(), replayIdOf(sent.get(1)));
        assertEquals(T0, sessionIdOf(sent.get(1)), "the session goes on while paused");
        assertEquals(Optional.of("device-1/" + T0), resumed, "recording again right at resume()");
        assertEquals(Optional.of("device-1/" + T0), replayIdOf(sent.get(2)));
        assertEquals(List.of("Before", "After"), timeline, "nothing of the restricted area on the timeline");
    }

    @Test
    void changedMessagesKeepTheirIdTimestampAndOtherIntegrations() throws Exception {
        addToSegment(plugin().build());
        String messageId = UUID.randomUUID().toString();
        Date when = new Date(T0 - 3_600_000);

        analytics.enqueue(track("Checkout Started", "device-1")
                .messageId(messageId)
                .timestamp(when)
                .enableIntegration("Mixpanel", false)
                .integrationOptions("Actions Amplitude", Map.of("groups", "team-a")));

        JsonObject sent = sent(1).get(0);
        assertTrue(replayIdOf(sent).isPresent());
        assertEquals(messageId, sent.get("messageId").getAsString());
        assertEquals(
                Instant.ofEpochMilli(when.getTime()),
                Instant.parse(sent.get("timestamp").getAsString()));
        JsonObject integrations = sent.getAsJsonObject("integrations");
        assertFalse(integrations.get("Mixpanel").getAsBoolean());
        assertEquals(
                "team-a",
                integrations.getAsJsonObject("Actions Amplitude").get("groups").getAsString());
        assertEquals(T0, sessionIdOf(sent));
    }

    @Test
    void aDeviceIdTapedeckCannotRecordUnderLeavesTheEventUntaggedButSent() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("Opened", "user@example.com")); // '@' is outside Tapedeck's device-id rule

        JsonObject sent = sent(1).get(0);
        assertEquals(Optional.empty(), replayIdOf(sent));
        assertEquals(T0, sessionIdOf(sent));
        assertNotEquals(Optional.of("user@example.com/" + T0), Tapedeck.replayId());
    }

    @Test
    void thePluginsSettingsAreTapedeckSettingsCheckedWhenTheyAreBuilt() {
        TapedeckConfigException zone = assertThrows(
                TapedeckConfigException.class,
                () -> plugin().set("serverZone", "APAC").build());
        assertTrue(zone.getMessage().contains("serverZone"), zone.getMessage());
        TapedeckConfigException rate =
                assertThrows(TapedeckConfigException.class, () -> new TapedeckSegmentPlugin("key", 1.5));
        assertTrue(rate.getMessage().contains("sampleRate"), rate.getMessage());
    }

    @Test
    void eventsFromManyThreadsAcrossARenewalEachCarryTheirOwnSessionsReplayId() throws Exception {
        addToSegment(plugin().build());
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perThread; i++) {
                    if (thread == 0 && i == perThread / 2) clock.advance(Duration.ofMinutes(6));
                    analytics.enqueue(track("E" + thread + "-" + i, "device-1"));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) f.get(20, TimeUnit.SECONDS);
        pool.shutdown();

        List<JsonObject> sent = sent(threads * perThread);
        Set<Long> sessionsSeen = new TreeSet<>();
        for (JsonObject m : sent) {
            long session = sessionIdOf(m);
            sessionsSeen.add(session);
            assertEquals(Optional.of("device-1/" + session), replayIdOf(m), "replay id and session of " + m);
        }
        assertEquals(Set.of(T0, T0 + Duration.ofMinutes(6).toMillis()), sessionsSeen);
    }

    @Test
    void aRecordingThatRanBeforeThePluginIsReplacedByOneUnderTheAnalyticsSession() throws Exception {
        Path earlier = temp.resolve("earlier");
        Tapedeck.start(TapedeckConfig.builder()
                .set("serverUrl", earlier.toUri().toString())
                .set("dataDir", temp.resolve("data").toString())
                .build());
        Optional<String> before = Tapedeck.replayId();

        addToSegment(plugin().build());
        boolean recordingBetweenSetupAndFirstEvent = Tapedeck.isRecording();
        analytics.enqueue(track("Opened", "device-1"));
        Optional<String> after = Tapedeck.replayId();
        Tapedeck.flush();

        assertTrue(before.isPresent(), "precondition: something recorded before the plugin");
        assertFalse(recordingBetweenSetupAndFirstEvent);
        assertEquals(Optional.of("device-1/" + T0), after);
        assertEquals(Optional.of("device-1/" + T0), replayIdOf(sent(1).get(0)));
        assertEquals(
                List.of(sessions.resolve(T0 + ".ndjson")),
                Recordings.sessionFiles(sessions),
                "the plugin's settings (its destination) apply");
    }

    @Test
    void aMessageTheAppKeptFromAmplitudeStaysKeptFromIt() throws Exception {
        addToSegment(plugin().build());

        analytics.enqueue(track("Internal", "device-1").enableIntegration("Actions Amplitude", false));

        JsonObject sent = sent(1).get(0);
        assertFalse(
                sent.getAsJsonObject("integrations").get("Actions Amplitude").getAsBoolean());
        assertEquals(Optional.of("device-1/" + T0), replayIdOf(sent), "other destinations still get the link");
    }

    /** The app's window: the recorder has a UI to snapshot. */
    private static TestWindow shop() throws Exception {
        return TestWindow.show("Shop", () -> new JLabel("Cart: 3 items"), 320, 200);
    }
}
