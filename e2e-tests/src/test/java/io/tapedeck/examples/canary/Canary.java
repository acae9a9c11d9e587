package io.tapedeck.examples.canary;

import java.util.List;

/**
 * The canary strings {@link CanaryApp} puts into its components, and where each may appear in
 * what leaves the process, as data: one row per canary. Follows the levels of the Privacy issue
 * (docs/privacy.md): {@code light} masks passwords and sensitive-looking inputs, {@code medium}
 * every editable text, {@code conservative} every text; markers and rules override the level;
 * a password is never captured, whatever a marker or rule says.
 */
enum Canary implements CanaryRow {
    // --- one per kind of component and place, no marker -------------------------------------
    FIELD("CANARY-FIELD-7f3a", Kind.EDITABLE, null),
    TYPED("canarytypedqzx", Kind.EDITABLE, null), // typed key by key with Robot: lower-case letters only
    PASSWORD("CANARY-PASSWORD-0b9e", Kind.PASSWORD, null),
    AREA("CANARY-AREA-51c2", Kind.EDITABLE, null),
    EDITOR("CANARY-EDITOR-8d17", Kind.EDITABLE, null),
    CARD("4111111111111111", Kind.SENSITIVE, null),
    EMAIL("canary.7f3a@example.com", Kind.SENSITIVE, null),
    COMBO_EDIT("CANARY-COMBOEDIT-2a6b", Kind.EDITABLE, null),
    COMBO_ITEM("CANARY-COMBOITEM-93f0", Kind.STATIC, null),
    SPINNER("CANARY-SPIN-c4d1", Kind.EDITABLE, null),
    LABEL("CANARY-LABEL-6e02", Kind.STATIC, null),
    BUTTON("CANARY-BUTTON-1f8c", Kind.STATIC, null),
    CHECKBOX("CANARY-CHECK-d93a", Kind.STATIC, null),
    TAB("CANARY-TAB-47be", Kind.STATIC, null),
    CELL("CANARY-CELL-a05f", Kind.STATIC, null),
    CELL_EDIT("CANARY-CELLEDIT-3c7d", Kind.EDITABLE, null),
    TREE("CANARY-TREE-e21b", Kind.STATIC, null),
    LIST_ITEM("CANARY-LIST-5b90", Kind.STATIC, null),
    TOOLTIP("CANARY-TOOLTIP-0d4e", Kind.STATIC, null),
    ACCESSIBLE_NAME("CANARY-ACCNAME-7a13", Kind.STATIC, null),
    WINDOW_TITLE("CANARY-WINDOW-b6f2", Kind.STATIC, null),
    DIALOG_TITLE("CANARY-DIALOG-2e9c", Kind.STATIC, null),
    MENU("CANARY-MENU-f31d", Kind.STATIC, null),
    MENU_ITEM("CANARY-MENUITEM-8c05", Kind.STATIC, null),
    PAINTED("CANARY-PAINTED-64aa", Kind.STATIC, null), // drawn by a custom component: like a label's text
    // --- markers set by the app (Tapedeck.mask/unmask/block and the client property) -------
    MARK_UNMASK("CANARY-MARKUNMASK-19d3", Kind.EDITABLE, Override.SHOWN),
    MARK_MASK("CANARY-MARKMASK-7c40", Kind.STATIC, Override.HIDDEN),
    MARK_BLOCK("CANARY-MARKBLOCK-e5a8", Kind.STATIC, Override.HIDDEN),
    PROP_UNMASK("CANARY-PROPUNMASK-3b1f", Kind.EDITABLE, Override.SHOWN),
    PROP_MASK("CANARY-PROPMASK-a9c6", Kind.STATIC, Override.HIDDEN),
    PROP_BLOCK("CANARY-PROPBLOCK-5d27", Kind.STATIC, Override.HIDDEN),
    IN_UNMASKED_CONTAINER("CANARY-INUNMASKED-0e6b", Kind.STATIC, Override.SHOWN),
    MASKED_IN_UNMASKED("CANARY-MASKINUNMASKED-c17e", Kind.STATIC, Override.HIDDEN),
    PASSWORD_UNMASKED("CANARY-PWUNMASK-9f02", Kind.PASSWORD, Override.SHOWN), // never: a password is a password
    // --- configuration rules (tapedeck.privacy.rules, see RULES) -------------------------
    RULE_CLASS("CANARY-RULECLASS-b8e4", Kind.STATIC, Override.HIDDEN),
    RULE_SUPERCLASS("CANARY-RULESUPER-2f6d", Kind.STATIC, Override.HIDDEN),
    RULE_NAME("CANARY-RULENAME-71ac", Kind.EDITABLE, Override.SHOWN),
    RULE_ACCESSIBLE_NAME("CANARY-RULEACC-4e3b", Kind.STATIC, Override.HIDDEN),
    MARKER_BEATS_RULE("CANARY-MARKERBEATSRULE-d0b5", Kind.EDITABLE, Override.SHOWN);

    /** The rules the marked runs use; the plain runs use none. Matching components are in {@link CanaryApp}. */
    static final String RULES = "mask: class=*SecretLabel; unmask: name=public*; "
            + "block: accessibleName=Patient photo; mask: name=secret*";

    static final List<String> LEVELS = List.of("light", "medium", "conservative");

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
    enum Override { SHOWN, HIDDEN }

    final String text;
    final Kind kind;
    final Override override;

    Canary(String text, Kind kind, Override override) {
        this.text = text;
        this.kind = kind;
        this.override = override;
    }

    @java.lang.Override
    public String text() {
        return text;
    }

    @java.lang.Override
    public Kind kind() {
        return kind;
    }

    @java.lang.Override
    public Override override() {
        return override;
    }
}
