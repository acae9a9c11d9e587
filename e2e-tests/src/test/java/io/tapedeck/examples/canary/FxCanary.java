package io.tapedeck.examples.canary;

import io.tapedeck.examples.canary.Canary.Kind;
import io.tapedeck.examples.canary.Canary.Override;

/**
 * The canary strings {@link FxCanaryApp} puts into its JavaFX nodes, one row per canary, with
 * the same rules as Swing's {@link Canary} (docs/privacy.md). Markers here are
 * {@code Tapedeck.mask/unmask/block(node)} and the style classes {@code tapedeck-mask},
 * {@code tapedeck-unmask}, {@code tapedeck-block}; rules are {@link Canary#RULES} (a node's
 * {@code name} is its id, its accessible name its accessible text).
 */
enum FxCanary implements CanaryRow {
    // --- one per kind of node and place, no marker --------------------------------------------
    FIELD("CANARY-FXFIELD-2c8e", Kind.EDITABLE, null),
    TYPED("fxcanarytypedqzw", Kind.EDITABLE, null), // typed key by key with the FX Robot: lower-case letters only
    PROMPT("CANARY-FXPROMPT-6b1d", Kind.EDITABLE, null), // an empty field's prompt text
    PASSWORD("CANARY-FXPASSWORD-a3f7", Kind.PASSWORD, null),
    AREA("CANARY-FXAREA-90e4", Kind.EDITABLE, null),
    CARD("4012888888881881", Kind.SENSITIVE, null),
    EMAIL("fxcanary.2c8e@example.com", Kind.SENSITIVE, null),
    COMBO_EDIT("CANARY-FXCOMBOEDIT-5e3a", Kind.EDITABLE, null),
    COMBO_ITEM("CANARY-FXCOMBOITEM-17c9", Kind.STATIC, null),
    CHOICE("CANARY-FXCHOICE-b40e", Kind.STATIC, null),
    SPINNER("CANARY-FXSPIN-3d62", Kind.EDITABLE, null),
    LABEL("CANARY-FXLABEL-e8a1", Kind.STATIC, null),
    BUTTON("CANARY-FXBUTTON-4c7f", Kind.STATIC, null),
    HYPERLINK("CANARY-FXLINK-0a5b", Kind.STATIC, null),
    CHECKBOX("CANARY-FXCHECK-71d3", Kind.STATIC, null),
    TAB("CANARY-FXTAB-c29b", Kind.STATIC, null),
    TITLED("CANARY-FXTITLED-8f16", Kind.STATIC, null),
    CELL("CANARY-FXCELL-d5e0", Kind.STATIC, null),
    CELL_EDIT("CANARY-FXCELLEDIT-62b8", Kind.EDITABLE, null),
    TREE("CANARY-FXTREE-39ac", Kind.STATIC, null),
    LIST_ITEM("CANARY-FXLIST-f7e2", Kind.STATIC, null),
    TOOLTIP("CANARY-FXTOOLTIP-1b94", Kind.STATIC, null),
    CONTEXT_ITEM("CANARY-FXCONTEXT-a81c", Kind.STATIC, null),
    ACCESSIBLE_NAME("CANARY-FXACCTEXT-5f0d", Kind.STATIC, null), // accessible text of a graphic-only label
    WINDOW_TITLE("CANARY-FXWINDOW-7e4b", Kind.STATIC, null),
    DIALOG_TITLE("CANARY-FXDIALOG-c6a2", Kind.STATIC, null), // an Alert's title
    ALERT_TEXT("CANARY-FXALERT-2d97", Kind.STATIC, null), // an Alert's content text
    MENU("CANARY-FXMENU-9b3e", Kind.STATIC, null),
    MENU_ITEM("CANARY-FXMENUITEM-48f1", Kind.STATIC, null),
    TEXT("CANARY-FXTEXT-e0c5", Kind.STATIC, null), // a javafx.scene.text.Text
    TEXT_FLOW("CANARY-FXTEXTFLOW-73aa", Kind.STATIC, null), // a Text inside a TextFlow
    CANVAS("CANARY-FXCANVAS-b15d", Kind.DRAWN, null), // GraphicsContext.fillText: an image, or drawn text
    // --- markers set by the app (Tapedeck.mask/unmask/block(node) and style classes) ---------
    MARK_UNMASK("CANARY-FXMARKUNMASK-0c3e", Kind.EDITABLE, Override.SHOWN),
    MARK_MASK("CANARY-FXMARKMASK-5a91", Kind.STATIC, Override.HIDDEN),
    MARK_BLOCK("CANARY-FXMARKBLOCK-d2f6", Kind.STATIC, Override.HIDDEN),
    STYLE_UNMASK("CANARY-FXSTYLEUNMASK-8e27", Kind.EDITABLE, Override.SHOWN),
    STYLE_MASK("CANARY-FXSTYLEMASK-3f4c", Kind.STATIC, Override.HIDDEN),
    STYLE_BLOCK("CANARY-FXSTYLEBLOCK-a6d0", Kind.STATIC, Override.HIDDEN),
    CANVAS_BLOCKED("CANARY-FXCANVASBLOCK-61e9", Kind.DRAWN, Override.HIDDEN),
    IN_UNMASKED_CONTAINER("CANARY-FXINUNMASKED-4b7d", Kind.STATIC, Override.SHOWN),
    MASKED_IN_UNMASKED("CANARY-FXMASKINUNMASKED-e93f", Kind.STATIC, Override.HIDDEN),
    PASSWORD_UNMASKED("CANARY-FXPWUNMASK-17b5", Kind.PASSWORD, Override.SHOWN), // never: a password is a password
    // --- configuration rules (Canary.RULES) -----------------------------------------------------
    RULE_CLASS("CANARY-FXRULECLASS-c0d8", Kind.STATIC, Override.HIDDEN),
    RULE_SUPERCLASS("CANARY-FXRULESUPER-6e1a", Kind.STATIC, Override.HIDDEN),
    RULE_NAME("CANARY-FXRULENAME-2b5f", Kind.EDITABLE, Override.SHOWN),
    RULE_ACCESSIBLE_NAME("CANARY-FXRULEACC-9d4c", Kind.STATIC, Override.HIDDEN),
    MARKER_BEATS_RULE("CANARY-FXMARKERBEATSRULE-7a06", Kind.EDITABLE, Override.SHOWN);

    final String text;
    final Kind kind;
    final Override override;

    FxCanary(String text, Kind kind, Override override) {
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
