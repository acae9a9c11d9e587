package io.tapedeck.testing;

import io.tapedeck.core.internal.view.CaptureSink;
import io.tapedeck.core.internal.view.MouseAction;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A real capture sink (what either adapter hands its snapshots and input to) that keeps
 * everything it is given, for tests to look at and wait on.
 */
public final class RecordingSink implements CaptureSink {
    public record Action(MouseAction action, long key, int x, int y) {}

    public record Move(long key, int x, int y) {}

    public final List<ViewNode> snapshots = new CopyOnWriteArrayList<>();
    public final List<Action> actions = new CopyOnWriteArrayList<>();
    public final List<Move> moves = new CopyOnWriteArrayList<>();

    @Override
    public void snapshot(ViewNode desktop, long timestamp) {
        snapshots.add(desktop);
    }

    @Override
    public void mouseMove(long key, int x, int y, long timestamp) {
        moves.add(new Move(key, x, y));
    }

    @Override
    public void mouseAction(MouseAction action, long key, int x, int y, long timestamp) {
        actions.add(new Action(action, key, x, y));
    }

    public ViewNode latest() {
        return snapshots.isEmpty() ? null : snapshots.get(snapshots.size() - 1);
    }

    /** Waits until the latest snapshot satisfies {@code condition}; fails after {@code timeoutMs}. */
    public ViewNode await(Predicate<ViewNode> condition, long timeoutMs, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            ViewNode n = latest();
            if (n != null && condition.test(n)) return n;
            Thread.sleep(10);
        }
        throw new AssertionError("no snapshot showed " + what + " within " + timeoutMs + " ms; latest: "
                + (latest() == null ? "none" : ViewTrees.dump(latest())));
    }

    /** Waits until no new snapshot arrived for {@code quietMs}, and returns the latest. */
    public ViewNode settle(long quietMs) throws InterruptedException {
        int count = snapshots.size();
        long quietSince = System.currentTimeMillis();
        long deadline = quietSince + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
            if (snapshots.size() != count) {
                count = snapshots.size();
                quietSince = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - quietSince >= quietMs) {
                return latest();
            }
        }
        throw new AssertionError("snapshots never settled");
    }
}
