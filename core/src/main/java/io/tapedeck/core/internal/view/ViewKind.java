package io.tapedeck.core.internal.view;

/**
 * What a captured node is, in toolkit-free terms. The renderer picks the DOM element and
 * its decoration from the kind; privacy decides from the kind (and the other facts) what is text the
 * user typed. Adapters map their toolkit's classes onto these; anything they do not know
 * is {@link #PANEL} (a plain box) so nothing is ever dropped.
 */
public enum ViewKind {
    /** The root: the viewport that covers the app's visible windows. Children are windows. */
    DESKTOP,
    /** A top-level window, dialog or popup; {@code text} is its title. */
    WINDOW,
    /** A plain container or unknown component: a box with background and border. */
    PANEL,
    /** Static text (and/or an icon). */
    LABEL,
    /** A push button (or menu item, or anything clickable with a caption). */
    BUTTON,
    /** A toggle button; {@link ViewNode#SELECTED} means pressed in. */
    TOGGLE,
    /** A check box; {@link ViewNode#SELECTED} means checked. */
    CHECKBOX,
    /** A radio button; {@link ViewNode#SELECTED} means chosen. */
    RADIO,
    /** A menu bar entry, a sub-menu or a plain menu item (flat; SELECTED while open or armed). */
    MENU,
    /** A single-line editable text; {@code text} is its value. */
    TEXT_FIELD,
    /** A password field: adapters never read its content and core never writes any. */
    PASSWORD,
    /** Multi-line text (text area, editor pane, text pane); {@code text} is its value. */
    TEXT_AREA,
    /** A closed combo box; {@code text} is the shown item. */
    COMBO,
    /** A clipping area whose single content child scrolls ({@code scrollX/scrollY}). */
    SCROLL_VIEWPORT,
    /** A scroll bar (drawn as a track with a thumb from {@code value/extent/maximum}). */
    SCROLL_BAR,
    /** A tabbed container: its {@link #TAB} children are the tab headers. */
    TABS,
    /** One tab header of a {@link #TABS}; {@link ViewNode#SELECTED} marks the shown tab. */
    TAB,
    /** A tool bar. */
    TOOLBAR,
    /** A separator line (horizontal when wider than tall). */
    SEPARATOR,
    /** A progress bar ({@code value/maximum}). */
    PROGRESS,
    /** A slider ({@code value/maximum}). */
    SLIDER,
    /** A table, list or tree: its {@link #CELL} children are the visible cells. */
    GRID,
    /** One visible cell of a {@link #GRID} (or a table header cell). */
    CELL,
    /** A component that paints itself (charts, canvases): a box, until painting is recorded. */
    CUSTOM
}
