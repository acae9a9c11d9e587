package io.tapedeck.core.internal.record;

import io.tapedeck.core.internal.destination.Destination;
import io.tapedeck.core.internal.dom.BaseStylesheet;
import io.tapedeck.core.internal.dom.Changes;
import io.tapedeck.core.internal.dom.NodeIds;
import io.tapedeck.core.internal.dom.Rendered;
import io.tapedeck.core.internal.dom.TreeDiffer;
import io.tapedeck.core.internal.dom.ViewRenderer;
import io.tapedeck.core.internal.privacy.Masker;
import io.tapedeck.core.internal.privacy.PrivacyPolicy;
import io.tapedeck.core.internal.rrweb.RrwebWriter;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns captures and pointer events into the rrweb event stream of one session: Meta and
 * FullSnapshot first (and again at every keyframe), then the smallest Mutation per capture,
 * Input and Scroll events for form values and scroll offsets, ViewportResize when the
 * viewport changes, and MouseMove positions sampled by the adapter and sent in batches.
 * Single-threaded (the recorder thread); every event goes to the destination in time order.
 *
 * <p>Privacy is applied here, where a capture enters core: every capture goes through the
 * {@link Masker} first, and only its result is rendered, diffed and written, so masked text
 * cannot reach a mutation, an Input event or a keyframe.
 */
public final class ReplayStream {
    /** Positions are collected this long before they are sent as one MouseMove event. */
    static final long MOUSE_BATCH_MS = 500;

    private final Destination destination;
    private final RrwebWriter writer;
    private final Masker masker;
    private final ViewRenderer renderer = new ViewRenderer();
    private final TreeDiffer differ = new TreeDiffer();
    private final String href;
    private final long keyframeIntervalMs;

    private Rendered current;
    private long lastKeyframe;
    private long lastTimestamp;
    private final List<RrwebWriter.Position> positions = new ArrayList<>();
    /**
     * App events that came before the first capture (an analytics event at start-up, before a
     * window shows): written right after the first keyframe, at most this many.
     */
    static final int MAX_EARLY_EVENTS = 256;

    private final List<EarlyEvent> earlyEvents = new ArrayList<>();
    private long eventsWritten;

    /** A stream with the default privacy policy ({@link PrivacyPolicy#defaults()}). */
    public ReplayStream(Destination destination, String href, long keyframeIntervalMs) {
        this(destination, href, keyframeIntervalMs, PrivacyPolicy.defaults());
    }

    public ReplayStream(Destination destination, String href, long keyframeIntervalMs, PrivacyPolicy privacy) {
        this.masker = new Masker(privacy);
        this.destination = destination;
        this.writer = new RrwebWriter(BaseStylesheet.CSS);
        this.href = href;
        this.keyframeIntervalMs = keyframeIntervalMs;
    }

    /** Number of events written so far. */
    public long eventsWritten() {
        return eventsWritten;
    }

    /** Whether a first capture has been written. */
    public boolean started() {
        return current != null;
    }

    public void snapshot(ViewNode desktop, long timestamp) throws IOException {
        Rendered previous = current;
        desktop = masker.mask(desktop);
        Rendered next = renderer.render(desktop, previous);
        current = next;
        if (previous == null || timestamp - lastKeyframe >= keyframeIntervalMs) {
            sendMouseMoves(timestamp);
            keyframe(timestamp);
            if (previous == null) writeEarlyEvents();
            return;
        }
        if (previous == next) return;
        Changes changes = new Changes();
        differ.diff(NodeIds.BODY, previous.dom(), next.dom(), changes);
        if (changes.isEmpty() && sameSize(previous.view(), desktop)) return;
        sendMouseMoves(timestamp);
        if (!sameSize(previous.view(), desktop)) {
            emit(writer.viewportResize(stamp(timestamp), desktop.width(), desktop.height()));
        }
        if (changes.hasMutation()) emit(writer.mutation(stamp(timestamp), changes));
        for (Changes.Input in : changes.inputs) emit(writer.input(stamp(timestamp), in.id, in.text, in.checked));
        for (Changes.Scroll s : changes.scrolls) emit(writer.scroll(stamp(timestamp), s.id, s.x, s.y));
    }

    /** Writes Meta + FullSnapshot of the current document, so a player can start here. */
    public void keyframe(long timestamp) throws IOException {
        if (current == null) return;
        long ts = stamp(timestamp);
        ViewNode desktop = current.view();
        emit(writer.meta(ts, href, desktop.width(), desktop.height()));
        emit(writer.fullSnapshot(ts, current.dom()));
        differ.reset(current.dom());
        lastKeyframe = timestamp;
        // rrweb applies snapshot scroll offsets only on first build; send them explicitly too.
        Changes scrolls = new Changes();
        differ.scrollsOfAdded(current.dom(), scrolls);
        for (Changes.Scroll s : scrolls.scrolls) emit(writer.scroll(ts, s.id, s.x, s.y));
    }

    public void mouseMove(long key, int x, int y, long timestamp) throws IOException {
        if (current == null) return;
        if (!positions.isEmpty() && timestamp - positions.get(0).timestamp >= MOUSE_BATCH_MS) {
            sendMouseMoves(timestamp);
        }
        positions.add(new RrwebWriter.Position(x, y, knownId(key), timestamp));
    }

    public void mouseAction(MouseAction action, long key, int x, int y, long timestamp) throws IOException {
        if (current == null) return;
        long id = NodeIds.element(key);
        boolean known = key > 0 && differ.isLive(id);
        if (!known && (action == MouseAction.FOCUS || action == MouseAction.BLUR)) return;
        sendMouseMoves(timestamp);
        emit(writer.mouseInteraction(stamp(timestamp), action.rrwebCode(), known ? id : desktopId(), x, y));
    }

    /** An app event on the timeline. */
    public void custom(String tag, Map<String, ?> payload, long timestamp) throws IOException {
        if (current == null) {
            if (earlyEvents.size() < MAX_EARLY_EVENTS) earlyEvents.add(new EarlyEvent(tag, payload));
            return;
        }
        sendMouseMoves(timestamp);
        emit(writer.custom(stamp(timestamp), tag, payload));
    }

    /** The early app events, at the first keyframe's time: a replay shows nothing before Meta. */
    private void writeEarlyEvents() throws IOException {
        for (EarlyEvent e : earlyEvents) emit(writer.custom(stamp(lastKeyframe), e.tag, e.payload));
        earlyEvents.clear();
    }

    private static final class EarlyEvent {
        final String tag;
        final Map<String, ?> payload;

        EarlyEvent(String tag, Map<String, ?> payload) {
            this.tag = tag;
            this.payload = payload;
        }
    }

    /** Time passes: sends a MouseMove batch that is due, and a keyframe that is due. */
    public void tick(long now) throws IOException {
        if (!positions.isEmpty() && now - positions.get(0).timestamp >= MOUSE_BATCH_MS) sendMouseMoves(now);
        if (current != null && now - lastKeyframe >= keyframeIntervalMs) keyframe(now);
    }

    /** Sends whatever is pending. */
    public void drain(long now) throws IOException {
        sendMouseMoves(now);
    }

    /**
     * The recording ends: what is pending is written. App events held for a first capture that
     * never came (an app without windows, a session closed before its first capture) are written
     * after a keyframe of an empty desktop, so they are not lost.
     */
    public void finish(long now) throws IOException {
        if (current == null && !earlyEvents.isEmpty()) {
            snapshot(ViewNode.builder(1, ViewKind.DESKTOP).bounds(0, 0, 0, 0).build(), now);
        }
        drain(now);
    }

    private void sendMouseMoves(long now) throws IOException {
        if (positions.isEmpty()) return;
        long ts = stamp(Math.max(now, positions.get(positions.size() - 1).timestamp));
        emit(writer.mouseMove(ts, positions));
        positions.clear();
    }

    private long knownId(long key) {
        long id = NodeIds.element(key);
        return key > 0 && differ.isLive(id) ? id : desktopId();
    }

    private long desktopId() {
        return NodeIds.element(current.view().key());
    }

    private static boolean sameSize(ViewNode a, ViewNode b) {
        return a.width() == b.width() && a.height() == b.height();
    }

    /** Timestamps never go backwards in the stream, whatever order sources report them in. */
    private long stamp(long timestamp) {
        lastTimestamp = Math.max(lastTimestamp, timestamp);
        return lastTimestamp;
    }

    private void emit(byte[] line) throws IOException {
        destination.write(line);
        eventsWritten++;
    }
}
