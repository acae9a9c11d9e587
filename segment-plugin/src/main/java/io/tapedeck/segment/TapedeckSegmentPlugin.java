package io.tapedeck.segment;

import com.segment.analytics.Analytics;
import com.segment.analytics.Plugin;
import io.tapedeck.ServerZone;
import io.tapedeck.TapedeckConfig;
import io.tapedeck.segment.internal.AnalyticsSession;
import io.tapedeck.segment.internal.ReplayLink;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Session replay for an app that sends analytics with Segment's Java library: add it to the
 * client and the replay shares the analytics session.
 *
 * <pre>{@code
 * Analytics analytics = Analytics.builder(SEGMENT_WRITE_KEY)
 *         .plugin(new TapedeckSegmentPlugin(TAPEDECK_API_KEY, 0.1))   // record 10% of sessions
 *         .build();
 * }</pre>
 *
 * <p>What it does to each message, through Segment's own message interceptor:
 * <ul>
 *   <li>Session: {@code integrations["Actions Amplitude"].session_id} when the app set it;
 *       otherwise the plugin keeps the session as Segment's Amplitude session plugin does
 *       (epoch-millisecond id, a new session after 5 minutes without events) and writes it
 *       there. Device: {@code context.device.id}, else {@code anonymousId}.</li>
 *   <li>The recorder follows that device and session ({@code Tapedeck.useSession}), so the replay
 *       id is always {@code <deviceId>/<sessionId>} of the events. Recording starts with the first
 *       message, with this plugin's settings, replacing a recording the agent started by itself.</li>
 *   <li>While the session is recorded (not sampled out, not opted out, not paused), track and
 *       screen events get {@code "[Amplitude] Session Replay ID": "<deviceId>/<sessionId>"} and
 *       are written onto the replay's timeline ({@code Tapedeck.event}).</li>
 * </ul>
 *
 * <p>It never throws into the app's {@code enqueue}: a failure sends the message unchanged.
 * Settings given here rank as settings from code: {@code -Dtapedeck.*} and {@code TAPEDECK_*}
 * still override them.
 */
public final class TapedeckSegmentPlugin implements Plugin {
    /** Segment's Amplitude session plugin starts a new session after this long without events. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(5);

    private final ReplayLink link;

    /**
     * The plugin with the Tapedeck API key and the share of sessions to record ({@code 0..1});
     * every other setting from {@code tapedeck.*} properties, environment and file.
     *
     * @throws io.tapedeck.TapedeckConfigException when a setting is invalid (e.g. the sample rate)
     */
    public TapedeckSegmentPlugin(String apiKey, double sampleRate) {
        this(builder(apiKey).sampleRate(sampleRate));
    }

    private TapedeckSegmentPlugin(Builder b) {
        TapedeckConfig.Builder config = TapedeckConfig.builder();
        b.settings.forEach(config::set);
        this.link = new ReplayLink(config.build(), new AnalyticsSession(b.clock, b.sessionTimeout));
    }

    /** A plugin with more settings than {@link #TapedeckSegmentPlugin(String, double)}. */
    public static Builder builder(String apiKey) {
        return new Builder(apiKey);
    }

    /**
     * Called by {@code Analytics.Builder.plugin(...)}: adds the plugin's message interceptor, and
     * stops a recording the agent started by itself (the plugin's recording, under the analytics
     * session, starts with the first message).
     */
    @Override
    public void configure(Analytics.Builder analytics) {
        analytics.messageInterceptor(link);
        link.prepare();
    }

    /**
     * Stops recording while the user is in a part of the app that must not be recorded, as
     * removing Amplitude's plugin does: what was recorded is flushed (this waits up to about
     * 2 s), and events are sent without the replay id and not put on the timeline. The analytics
     * session goes on.
     */
    public void pause() {
        link.pause();
    }

    /**
     * Records again after {@link #pause()}, as adding the plugin again does: in the current
     * analytics session, right away when an event has been seen before, else with the next event.
     */
    public void resume() {
        link.resume();
    }

    /** Whether recording is paused by {@link #pause()}. */
    public boolean isPaused() {
        return link.isPaused();
    }

    /** Settings of a {@link TapedeckSegmentPlugin}. */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
        private Clock clock = Clock.systemUTC();

        private Builder(String apiKey) {
            settings.put("apiKey", Objects.requireNonNull(apiKey, "apiKey"));
        }

        /** Share of sessions recorded, {@code 0..1}, decided from the session id ({@code tapedeck.sampleRate}). */
        public Builder sampleRate(double sampleRate) {
            return set("sampleRate", Double.toString(sampleRate));
        }

        /** Records nothing on this device when true ({@code tapedeck.optOut}). */
        public Builder optOut(boolean optOut) {
            return set("optOut", Boolean.toString(optOut));
        }

        /** Where Amplitude keeps the replays ({@code tapedeck.serverZone}); null: not set here. */
        public Builder serverZone(@Nullable ServerZone serverZone) {
            return set("serverZone", serverZone == null ? null : serverZone.name());
        }

        /** How long without events ends a session the plugin keeps; 5 minutes by default. */
        public Builder sessionTimeout(Duration timeout) {
            this.sessionTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * Any other Tapedeck setting by its key (with or without {@code tapedeck.}), e.g.
         * {@code serverUrl}, as a properties file writes it; null: not set here. Checked by {@link #build()}.
         */
        public Builder set(String key, @Nullable String value) {
            settings.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        /** The clock the session timeout is measured with; for tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @throws io.tapedeck.TapedeckConfigException when a setting is invalid
         * @throws IllegalArgumentException when the session timeout is not positive
         */
        public TapedeckSegmentPlugin build() {
            return new TapedeckSegmentPlugin(this);
        }
    }
}
