package io.tapedeck.examples.canary;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canary strings the canary apps put into their components ({@link CanaryApp}, Swing) and
 * nodes ({@link FxCanaryApp}, JavaFX), and where each may appear in what leaves the process, as
 * data: one row per kind of component and place, with a column per toolkit (null where that
 * toolkit has no such thing). Follows the levels of docs/privacy.md: {@code light} masks
 * passwords and sensitive-looking inputs, {@code medium} every editable text,
 * {@code conservative} every text; markers and rules override the level; a password is never
 * captured, whatever a marker or rule says. The rules of privacy are written here once for
 * both toolkits.
 */
enum Canary {
    // --- one per kind of component or node and place, no marker ----------------------------
    FIELD("CANARY-FIELD-7f3a", "CANARY-FXFIELD-2c8e", Kind.EDITABLE, null),
    TYPED(
            "canarytypedqzx",
            "fxcanarytypedqzw",
            Kind.EDITABLE,
            null), // typed key by key with the toolkit's Robot: lower-case letters only
    PROMPT(null, "CANARY-FXPROMPT-6b1d", Kind.EDITABLE, null), // an empty field's prompt text
    PASSWORD("CANARY-PASSWORD-0b9e", "CANARY-FXPASSWORD-a3f7", Kind.PASSWORD, null),
    AREA("CANARY-AREA-51c2", "CANARY-FXAREA-90e4", Kind.EDITABLE, null),
    EDITOR("CANARY-EDITOR-8d17", null, Kind.EDITABLE, null),
    CARD("4111111111111111", "4012888888881881", Kind.SENSITIVE, null),
    EMAIL("canary.7f3a@example.com", "fxcanary.2c8e@example.com", Kind.SENSITIVE, null),
    COMBO_EDIT("CANARY-COMBOEDIT-2a6b", "CANARY-FXCOMBOEDIT-5e3a", Kind.EDITABLE, null),
    COMBO_ITEM("CANARY-COMBOITEM-93f0", "CANARY-FXCOMBOITEM-17c9", Kind.STATIC, null),
    CHOICE(null, "CANARY-FXCHOICE-b40e", Kind.STATIC, null),
    SPINNER("CANARY-SPIN-c4d1", "CANARY-FXSPIN-3d62", Kind.EDITABLE, null),
    LABEL("CANARY-LABEL-6e02", "CANARY-FXLABEL-e8a1", Kind.STATIC, null),
    BUTTON("CANARY-BUTTON-1f8c", "CANARY-FXBUTTON-4c7f", Kind.STATIC, null),
    HYPERLINK(null, "CANARY-FXLINK-0a5b", Kind.STATIC, null),
    CHECKBOX("CANARY-CHECK-d93a", "CANARY-FXCHECK-71d3", Kind.STATIC, null),
    TAB("CANARY-TAB-47be", "CANARY-FXTAB-c29b", Kind.STATIC, null),
    TITLED(null, "CANARY-FXTITLED-8f16", Kind.STATIC, null),
    CELL("CANARY-CELL-a05f", "CANARY-FXCELL-d5e0", Kind.STATIC, null),
    CELL_EDIT("CANARY-CELLEDIT-3c7d", "CANARY-FXCELLEDIT-62b8", Kind.EDITABLE, null),
    TREE("CANARY-TREE-e21b", "CANARY-FXTREE-39ac", Kind.STATIC, null),
    LIST_ITEM("CANARY-LIST-5b90", "CANARY-FXLIST-f7e2", Kind.STATIC, null),
    TOOLTIP("CANARY-TOOLTIP-0d4e", "CANARY-FXTOOLTIP-1b94", Kind.STATIC, null),
    CONTEXT_ITEM(null, "CANARY-FXCONTEXT-a81c", Kind.STATIC, null),
    ACCESSIBLE_NAME(
            "CANARY-ACCNAME-7a13",
            "CANARY-FXACCTEXT-5f0d",
            Kind.STATIC,
            null), // JavaFX: accessible text of a graphic-only label
    WINDOW_TITLE("CANARY-WINDOW-b6f2", "CANARY-FXWINDOW-7e4b", Kind.STATIC, null),
    DIALOG_TITLE("CANARY-DIALOG-2e9c", "CANARY-FXDIALOG-c6a2", Kind.STATIC, null), // JavaFX: an Alert's title
    ALERT_TEXT(null, "CANARY-FXALERT-2d97", Kind.STATIC, null), // an Alert's content text
    MENU("CANARY-MENU-f31d", "CANARY-FXMENU-9b3e", Kind.STATIC, null),
    MENU_ITEM("CANARY-MENUITEM-8c05", "CANARY-FXMENUITEM-48f1", Kind.STATIC, null),
    TEXT(null, "CANARY-FXTEXT-e0c5", Kind.STATIC, null), // a javafx.scene.text.Text
    TEXT_FLOW(null, "CANARY-FXTEXTFLOW-73aa", Kind.STATIC, null), // a Text inside a TextFlow
    PAINTED("CANARY-PAINTED-64aa", null, Kind.STATIC, null), // drawn by a custom component: like a label's text
    CANVAS(null, "CANARY-FXCANVAS-b15d", Kind.DRAWN, null), // GraphicsContext.fillText: an image, or drawn text
    // --- markers set by the app: Tapedeck.mask/unmask/block, and declared ones (Swing's client
    // --- property, JavaFX's style classes tapedeck-mask, tapedeck-unmask, tapedeck-block)
    MARK_UNMASK("CANARY-MARKUNMASK-19d3", "CANARY-FXMARKUNMASK-0c3e", Kind.EDITABLE, Override.SHOWN),
    MARK_MASK("CANARY-MARKMASK-7c40", "CANARY-FXMARKMASK-5a91", Kind.STATIC, Override.HIDDEN),
    MARK_BLOCK("CANARY-MARKBLOCK-e5a8", "CANARY-FXMARKBLOCK-d2f6", Kind.STATIC, Override.HIDDEN),
    DECLARED_UNMASK("CANARY-PROPUNMASK-3b1f", "CANARY-FXSTYLEUNMASK-8e27", Kind.EDITABLE, Override.SHOWN),
    DECLARED_MASK("CANARY-PROPMASK-a9c6", "CANARY-FXSTYLEMASK-3f4c", Kind.STATIC, Override.HIDDEN),
    DECLARED_BLOCK("CANARY-PROPBLOCK-5d27", "CANARY-FXSTYLEBLOCK-a6d0", Kind.STATIC, Override.HIDDEN),
    CANVAS_BLOCKED(null, "CANARY-FXCANVASBLOCK-61e9", Kind.DRAWN, Override.HIDDEN),
    IN_UNMASKED_CONTAINER("CANARY-INUNMASKED-0e6b", "CANARY-FXINUNMASKED-4b7d", Kind.STATIC, Override.SHOWN),
    MASKED_IN_UNMASKED("CANARY-MASKINUNMASKED-c17e", "CANARY-FXMASKINUNMASKED-e93f", Kind.STATIC, Override.HIDDEN),
    PASSWORD_UNMASKED(
            "CANARY-PWUNMASK-9f02",
            "CANARY-FXPWUNMASK-17b5",
            Kind.PASSWORD,
            Override.SHOWN), // never: a password is a password
    // --- configuration rules (tapedeck.privacy.rules, see RULES) -------------------------------
    RULE_CLASS("CANARY-RULECLASS-b8e4", "CANARY-FXRULECLASS-c0d8", Kind.STATIC, Override.HIDDEN),
    RULE_SUPERCLASS("CANARY-RULESUPER-2f6d", "CANARY-FXRULESUPER-6e1a", Kind.STATIC, Override.HIDDEN),
    RULE_NAME("CANARY-RULENAME-71ac", "CANARY-FXRULENAME-2b5f", Kind.EDITABLE, Override.SHOWN),
    RULE_ACCESSIBLE_NAME("CANARY-RULEACC-4e3b", "CANARY-FXRULEACC-9d4c", Kind.STATIC, Override.HIDDEN),
    MARKER_BEATS_RULE("CANARY-MARKERBEATSRULE-d0b5", "CANARY-FXMARKERBEATSRULE-7a06", Kind.EDITABLE, Override.SHOWN);

    /**
     * The rules the marked runs use; the plain runs use none. Matching components are in the apps
     * (a JavaFX node's {@code name} is its id, its accessible name its accessible text).
     */
    static final String RULES = "mask: class=*SecretLabel; unmask: name=public*; "
            + "block: accessibleName=Patient photo; mask: name=secret*";

    static final List<String> LEVELS = List.of("light", "medium", "conservative");

    /** The toolkit column of a row. */
    enum Toolkit {
        SWING,
        JAVAFX
    }

    /** What the level alone allows for a kind of component. */
    enum Kind {
        /** Visible at light only. */
        EDITABLE,
        /** Visible at light and medium. */
        STATIC,
        /** A sensitive-looking input (card number, email): masked at every level. */
        SENSITIVE,
        /** Never. */
        PASSWORD,
        /** Drawn into pixels by the app (a canvas): like a label's text when recorded as text, else an image. */
        DRAWN
    }

    /** What a marker or rule says when the app sets it. */
    enum Override {
        SHOWN,
        HIDDEN
    }

    /** The string in the Swing app, or null. */
    final String swing;
    /** The string in the JavaFX app, or null. */
    final String javafx;

    final Kind kind;
    /** What a marker or rule says in the marked runs, or null. */
    final Override override;

    Canary(String swing, String javafx, Kind kind, Override override) {
        this.swing = swing;
        this.javafx = javafx;
        this.kind = kind;
        this.override = override;
    }

    /** Every canary the app of {@code toolkit} shows. */
    static List<Canary> shownBy(Toolkit toolkit) {
        return Arrays.stream(values()).filter(c -> c.text(toolkit) != null).collect(Collectors.toList());
    }

    /** The string in the app of {@code toolkit}, or null. */
    String text(Toolkit toolkit) {
        return toolkit == Toolkit.SWING ? swing : javafx;
    }

    /** Whether this canary may appear in the bytes of a session recorded at {@code level}. */
    boolean visible(String level, boolean markersAndRules) {
        if (kind == Kind.PASSWORD) return false;
        if (markersAndRules && override != null) return override == Override.SHOWN;
        switch (kind) {
            case EDITABLE:
                return level.equals("light");
            case STATIC:
            case DRAWN:
                return !level.equals("conservative");
            default:
                return false;
        }
    }

    /**
     * Whether it must be found where it is visible. A canary drawn into pixels (a JavaFX
     * {@code Canvas}) may be recorded as an image, which holds no string: it can only leak.
     */
    boolean required(String level, boolean markersAndRules) {
        return kind != Kind.DRAWN && visible(level, markersAndRules);
    }

    /** A part of the text that must never leak either (a password half-typed, a prefix). */
    static String core(String text) {
        return text.length() > 12 ? text.substring(text.length() - 12) : text;
    }

    /**
     * What the canary checks is what left the process, so the app hands everything to its
     * destination before it exits: each {@code Tapedeck.flush()} waits at most 2 s (as the exit
     * does), which a loaded machine can need more than once to reach the collector. What still did
     * not arrive would wait in the spool for the next start, and the canary would see nothing.
     */
    static void deliverBeforeExit() {
        for (int i = 0; i < 5; i++) io.tapedeck.Tapedeck.flush();
    }
}
