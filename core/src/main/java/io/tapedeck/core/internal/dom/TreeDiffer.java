package io.tapedeck.core.internal.dom;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the smallest rrweb change between two renderings. Subtrees that are the same
 * object are skipped at once, so the work follows the change. Form values become Input
 * events and scroll offsets Scroll events; everything else is one Mutation. Keeps the set of
 * ids the replayer currently knows, so events never point at a node it has not seen.
 */
public final class TreeDiffer {
    private final Set<Long> liveIds = new HashSet<>();

    /** Records every id of {@code root} as known (after a full snapshot); forgets all others. */
    public void reset(DomNode root) {
        liveIds.clear();
        addLive(root);
    }

    /** Whether the replayer knows the node with this id. */
    public boolean isLive(long id) {
        return liveIds.contains(id);
    }

    /**
     * Adds to {@code out} what turns {@code before} into {@code after}; both are children of
     * {@code parentId} and have the same id.
     */
    public void diff(long parentId, DomNode before, DomNode after, Changes out) {
        if (before == after) return;
        if (before.isText() || after.isText()) {
            if (before.isText() && after.isText()) {
                if (!before.text().equals(after.text())) out.text(after.id(), after.text());
            } else {
                replace(parentId, before, after, null, out);
            }
            return;
        }
        diffAttributes(before, after, out);
        diffChildren(after.id(), before.children(), after.children(), out);
    }

    /** Walks a subtree that is being added, for the Scroll events its viewports need. */
    public void scrollsOfAdded(DomNode node, Changes out) {
        if (node.isText()) return;
        Attributes a = node.attributes();
        String left = a.get(ViewRenderer.SCROLL_LEFT);
        String top = a.get(ViewRenderer.SCROLL_TOP);
        if (left != null || top != null) out.scroll(node.id(), parse(left), parse(top));
        for (DomNode c : node.children()) scrollsOfAdded(c, out);
    }

    private void diffAttributes(DomNode before, DomNode after, Changes out) {
        Attributes a = before.attributes();
        Attributes b = after.attributes();
        if (a == b || a.equals(b)) return;
        boolean form = isFormElement(after);
        LinkedHashMap<String, String> changed = null;
        boolean inputChanged = false;
        boolean scrollChanged = false;
        for (int i = 0; i < b.size(); i++) {
            String name = b.name(i);
            String value = b.value(i);
            if (value.equals(a.get(name))) continue;
            if (form && (name.equals("value") || name.equals("checked"))) {
                inputChanged = true;
                continue;
            }
            if (isScroll(name)) {
                scrollChanged = true;
                continue;
            }
            if (changed == null) changed = new LinkedHashMap<>();
            changed.put(name, value);
        }
        for (int i = 0; i < a.size(); i++) {
            String name = a.name(i);
            if (b.get(name) != null) continue;
            if (form && (name.equals("value") || name.equals("checked"))) {
                inputChanged = true;
                continue;
            }
            if (isScroll(name)) {
                scrollChanged = true;
                continue;
            }
            if (changed == null) changed = new LinkedHashMap<>();
            changed.put(name, null);
        }
        if (changed != null) out.attributes(after.id(), changed);
        if (inputChanged) {
            String value = b.get("value");
            out.input(after.id(), value != null ? value : "on", b.get("checked") != null);
        }
        if (scrollChanged) {
            out.scroll(after.id(), parse(b.get(ViewRenderer.SCROLL_LEFT)), parse(b.get(ViewRenderer.SCROLL_TOP)));
        }
    }

    private void diffChildren(long parentId, List<DomNode> before, List<DomNode> after, Changes out) {
        if (before == after) return;
        int n = before.size();
        if (n == after.size()) {
            boolean sameIds = true;
            for (int i = 0; i < n && sameIds; i++) {
                sameIds = before.get(i).id() == after.get(i).id() && sameType(before.get(i), after.get(i));
            }
            if (sameIds) {
                for (int i = 0; i < n; i++) diff(parentId, before.get(i), after.get(i), out);
                return;
            }
        }
        Map<Long, Integer> oldIndex = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) oldIndex.put(before.get(i).id(), i);
        Set<Long> newIds = new HashSet<>(after.size() * 2);
        for (DomNode c : after) newIds.add(c.id());
        for (DomNode c : before) {
            if (!newIds.contains(c.id())) {
                out.remove(parentId, c.id());
                removeLive(c);
            }
        }
        // Kept nodes that stay in relative order are diffed in place; the others move
        // (rrweb has no move: remove, then add again before the right sibling).
        int[] keptOld = new int[after.size()];
        int kept = 0;
        for (DomNode c : after) {
            Integer oi = oldIndex.get(c.id());
            if (oi != null && sameType(before.get(oi), c)) keptOld[kept++] = oi;
        }
        Set<Integer> stay = longestIncreasing(Arrays.copyOf(keptOld, kept));
        Long nextId = null;
        for (int i = after.size() - 1; i >= 0; i--) {
            DomNode c = after.get(i);
            Integer oi = oldIndex.get(c.id());
            if (oi != null && stay.contains(oi) && sameType(before.get(oi), c)) {
                diff(parentId, before.get(oi), c, out);
            } else {
                if (oi != null) {
                    out.remove(parentId, c.id());
                    removeLive(before.get(oi));
                }
                out.add(parentId, nextId, c);
                addLive(c);
                scrollsOfAdded(c, out);
            }
            nextId = c.id();
        }
    }

    private void replace(long parentId, DomNode before, DomNode after, Long nextId, Changes out) {
        out.remove(parentId, before.id());
        removeLive(before);
        out.add(parentId, nextId, after);
        addLive(after);
    }

    private static boolean sameType(DomNode a, DomNode b) {
        if (a.isText() != b.isText()) return false;
        return a.isText() || a.tag().equals(b.tag());
    }

    private static boolean isFormElement(DomNode n) {
        return "input".equals(n.tag()) || "textarea".equals(n.tag());
    }

    private static boolean isScroll(String name) {
        return name.equals(ViewRenderer.SCROLL_LEFT) || name.equals(ViewRenderer.SCROLL_TOP);
    }

    private static int parse(String v) {
        return v == null ? 0 : Integer.parseInt(v);
    }

    private void addLive(DomNode n) {
        liveIds.add(n.id());
        for (DomNode c : n.children()) addLive(c);
    }

    private void removeLive(DomNode n) {
        liveIds.remove(n.id());
        for (DomNode c : n.children()) removeLive(c);
    }

    /** Values of {@code seq} forming one longest strictly increasing subsequence. */
    static Set<Integer> longestIncreasing(int[] seq) {
        int len = 0;
        int[] tailIdx = new int[seq.length];
        int[] prev = new int[seq.length];
        for (int i = 0; i < seq.length; i++) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (seq[tailIdx[mid]] < seq[i]) lo = mid + 1;
                else hi = mid;
            }
            prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
            tailIdx[lo] = i;
            if (lo == len) len++;
        }
        Set<Integer> out = new HashSet<>(len * 2);
        for (int i = len > 0 ? tailIdx[len - 1] : -1; i >= 0; i = prev[i]) out.add(seq[i]);
        return out;
    }

    /** For tests: the ids currently known to the replayer. */
    List<Long> liveIdsForTest() {
        return new ArrayList<>(liveIds);
    }
}
