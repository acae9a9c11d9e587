package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the previous node object for a sub-part (tab header, cell) that reads the same as
 * before, so unchanged parts stay {@code ==} and core skips them.
 */
final class PartReuse {
    private final List<ViewNode> previous;
    private Map<Long, ViewNode> byKey;

    PartReuse(List<ViewNode> previous) {
        this.previous = previous;
    }

    ViewNode keep(ViewNode fresh) {
        if (previous.isEmpty()) return fresh;
        if (byKey == null) {
            byKey = new HashMap<>(previous.size() * 2);
            for (ViewNode n : previous) byKey.put(n.key(), n);
        }
        ViewNode old = byKey.get(fresh.key());
        return old != null && fresh.sameAs(old) ? old : fresh;
    }
}
