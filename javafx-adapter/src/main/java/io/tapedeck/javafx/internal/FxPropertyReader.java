package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.ViewKind;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * What a node says about itself beyond its look: the text it shows (also for skin parts that
 * keep it in a child: a tab header, a menu item, a column header), whether it is selected,
 * its prompt and tooltip, its orientation. Facts for the replay's search and for privacy
 * decisions; the look itself is the drawing. Never called for a password field's text.
 */
final class FxPropertyReader {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private FxPropertyReader() {}

    static String text(Node n, ViewKind kind) {
        switch (kind) {
            case TAB:
            case MENU:
                if (n instanceof Labeled) return ((Labeled) n).getText();
                return firstLabeledText(n, 3);
            case CELL:
                // A column header keeps its caption in a label; a table row has none (its cells do).
                return n instanceof Labeled ? ((Labeled) n).getText() : firstLabeledText(n, 1);
            case COMBO:
                return comboText(n);
            case TABS: {
                TabPane pane = (TabPane) n;
                Tab selected = pane.getSelectionModel() == null
                        ? null
                        : pane.getSelectionModel().getSelectedItem();
                return selected == null ? null : selected.getText();
            }
            default:
                if (n instanceof Labeled) return ((Labeled) n).getText();
                if (n instanceof TextInputControl) return ((TextInputControl) n).getText();
                if (n instanceof Text) return ((Text) n).getText();
                return null;
        }
    }

    /** The text of the first labeled node among the first {@code depth} levels below {@code n}. */
    private static String firstLabeledText(Node n, int depth) {
        if (depth <= 0 || !(n instanceof Parent)) return null;
        for (Node kid : ((Parent) n).getChildrenUnmodifiable()) {
            if (kid instanceof Labeled && kid.isVisible()) return ((Labeled) kid).getText();
        }
        for (Node kid : ((Parent) n).getChildrenUnmodifiable()) {
            String s = kid.isVisible() ? firstLabeledText(kid, depth - 1) : null;
            if (s != null) return s;
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String comboText(Node n) {
        if (n instanceof ComboBoxBase && ((ComboBoxBase<?>) n).isEditable() && n instanceof ComboBox) {
            return ((ComboBox<?>) n).getEditor().getText();
        }
        if (n instanceof javafx.scene.control.DatePicker)
            return ((javafx.scene.control.DatePicker) n).getEditor().getText();
        if (n instanceof Spinner) return ((Spinner<?>) n).getEditor().getText();
        Object value = null;
        StringConverter converter = null;
        if (n instanceof ComboBox) {
            value = ((ComboBox<?>) n).getValue();
            converter = ((ComboBox<?>) n).getConverter();
        } else if (n instanceof ChoiceBox) {
            value = ((ChoiceBox<?>) n).getValue();
            converter = ((ChoiceBox<?>) n).getConverter();
        } else if (n instanceof ComboBoxBase) {
            value = ((ComboBoxBase<?>) n).getValue();
        }
        if (value == null) return null;
        return converter != null ? converter.toString(value) : String.valueOf(value);
    }

    /** Checked, chosen, pressed in, the shown tab, a selected cell, an open menu. */
    static boolean selected(Node n, ViewKind kind) {
        if (n instanceof Toggle) return ((Toggle) n).isSelected();
        if (n instanceof Cell) return ((Cell<?>) n).isSelected();
        if (n instanceof MenuButton) return ((MenuButton) n).isShowing();
        if (kind == ViewKind.TAB) return n.getPseudoClassStates().contains(SELECTED);
        if (kind == ViewKind.MENU) return n.isFocused() || n.isHover(); // an armed menu item
        if (n instanceof javafx.scene.control.CheckBox) return ((javafx.scene.control.CheckBox) n).isSelected();
        return false;
    }

    static boolean vertical(Node n) {
        Orientation o = null;
        if (n instanceof ScrollBar) o = ((ScrollBar) n).getOrientation();
        else if (n instanceof Slider) o = ((Slider) n).getOrientation();
        else if (n instanceof Separator) o = ((Separator) n).getOrientation();
        else if (n instanceof ToolBar) o = ((ToolBar) n).getOrientation();
        return o == Orientation.VERTICAL;
    }

    static String placeholder(Node n) {
        if (n instanceof TextInputControl) return ((TextInputControl) n).getPromptText();
        if (n instanceof ComboBoxBase) return ((ComboBoxBase<?>) n).getPromptText();
        return null;
    }

    static String toolTip(Node n) {
        if (!(n instanceof Control)) return null;
        Tooltip t = ((Control) n).getTooltip();
        return t == null ? null : t.getText();
    }

    /**
     * Whether the user can type into it: a text control, or an editable combo box, date picker
     * or spinner (its text is then input, masked as input is).
     */
    static boolean editable(Node n) {
        if (n instanceof TextInputControl) return ((TextInputControl) n).isEditable();
        if (n instanceof ComboBoxBase) return ((ComboBoxBase<?>) n).isEditable();
        if (n instanceof Spinner) return ((Spinner<?>) n).isEditable();
        return false;
    }
}
