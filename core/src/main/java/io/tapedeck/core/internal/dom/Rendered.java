package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.view.ViewNode;
import java.util.List;

/**
 * A view node together with the DOM it rendered to, and its children's renderings (same order
 * as the view's children). Kept from one capture to the next so an unchanged view, being the
 * same object, reuses its DOM without any work.
 */
public final class Rendered {
    final ViewNode view;
    final DomNode dom;
    final List<Rendered> children;
    /** Stacking order the element was rendered with (windows only), else -1. */
    final int zIndex;

    Rendered(ViewNode view, DomNode dom, List<Rendered> children, int zIndex) {
        this.view = view;
        this.dom = dom;
        this.children = children;
        this.zIndex = zIndex;
    }

    public ViewNode view() {
        return view;
    }

    public DomNode dom() {
        return dom;
    }
}
