package io.tapedeck.core.internal.dom;

/**
 * How rrweb node ids are derived, so they are stable for the session without any table:
 * the fixed document scaffolding takes ids 1..7, and each view key {@code k} owns the eight
 * ids {@code 8k .. 8k+7} — its element and up to seven parts (a text node, an icon, a title
 * bar…). Keys are below 2^44, so ids stay below 2^47, exact in a JavaScript number.
 */
public final class NodeIds {
    public static final long DOCUMENT = 1;
    public static final long DOCTYPE = 2;
    public static final long HTML = 3;
    public static final long HEAD = 4;
    public static final long STYLE = 5;
    public static final long STYLE_TEXT = 6;
    public static final long BODY = 7;

    /** The element that stands for the view itself. */
    public static final int ELEMENT = 0;
    /** Its caption (a text node). */
    public static final int TEXT = 1;
    /**
     * The {@code <svg>} of its recorded painting (which replaces every other part: the
     * painting shows the caption, icon and decorations itself). Its contents take ids from
     * {@code DrawingIds}.
     */
    public static final int PAINTING = 1;
    /** Its icon ({@code <img>}). */
    public static final int ICON = 2;
    /** A decoration: window title bar, scroll-bar thumb, progress bar, slider knob. */
    public static final int DECORATION = 3;
    /** Text inside the decoration (a window title). */
    public static final int DECORATION_TEXT = 4;
    /** A check box's or radio's box ({@code <input type=checkbox|radio>}). */
    public static final int CHECK = 5;
    /** A titled border's title. */
    public static final int TITLE = 6;
    /** The text of that title. */
    public static final int TITLE_TEXT = 7;

    private NodeIds() {}

    public static long of(long viewKey, int part) {
        return viewKey * 8 + part;
    }

    /** The id of the element that stands for the view with {@code viewKey}. */
    public static long element(long viewKey) {
        return viewKey * 8;
    }
}
