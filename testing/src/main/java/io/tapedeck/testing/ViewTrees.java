package io.tapedeck.testing;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Searching and printing view trees (core's {@code ViewNode}) in tests, whatever the toolkit that captured them. */
public final class ViewTrees {
    private ViewTrees() {}

    public static void walk(ViewNode n, Consumer<ViewNode> visit) {
        visit.accept(n);
        for (ViewNode c : n.children()) walk(c, visit);
    }

    public static List<ViewNode> all(ViewNode root, Predicate<ViewNode> p) {
        List<ViewNode> out = new ArrayList<>();
        walk(root, n -> {
            if (p.test(n)) out.add(n);
        });
        return out;
    }

    public static Optional<ViewNode> find(ViewNode root, Predicate<ViewNode> p) {
        List<ViewNode> found = all(root, p);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static Optional<ViewNode> withText(ViewNode root, String text) {
        return find(root, n -> text.equals(n.text()));
    }

    public static Optional<ViewNode> withKey(ViewNode root, long key) {
        return find(root, n -> n.key() == key);
    }

    public static Optional<ViewNode> ofKind(ViewNode root, ViewKind kind) {
        return find(root, n -> n.kind() == kind);
    }

    /** The node whose children include {@code child} (by identity). */
    public static Optional<ViewNode> parentOf(ViewNode root, ViewNode child) {
        return find(root, n -> n.children().stream().anyMatch(c -> c == child));
    }

    /** The chain of nodes from the root down to {@code target} (inclusive). */
    public static List<ViewNode> pathTo(ViewNode root, ViewNode target) {
        List<ViewNode> path = new ArrayList<>();
        if (!path(root, target, path)) throw new AssertionError(target + " is not in the tree");
        return path;
    }

    private static boolean path(ViewNode n, ViewNode target, List<ViewNode> path) {
        path.add(n);
        if (n == target) return true;
        for (ViewNode c : n.children()) if (path(c, target, path)) return true;
        path.remove(path.size() - 1);
        return false;
    }

    public static int count(ViewNode root) {
        int[] n = {0};
        walk(root, x -> n[0]++);
        return n[0];
    }

    public static String dump(ViewNode root) {
        StringBuilder sb = new StringBuilder();
        dump(root, 0, sb);
        return sb.toString();
    }

    private static void dump(ViewNode n, int depth, StringBuilder sb) {
        if (depth > 12 || sb.length() > 20_000) return;
        sb.append('\n').append("  ".repeat(depth)).append(n).append(' ').append(n.className());
        for (ViewNode c : n.children()) dump(c, depth + 1, sb);
    }
}
