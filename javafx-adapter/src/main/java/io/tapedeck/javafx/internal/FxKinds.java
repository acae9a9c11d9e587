package io.tapedeck.javafx.internal;

import io.tapedeck.core.internal.view.ViewKind;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;

/**
 * What a JavaFX node is, in the view model's terms, and whether it is drawn whole (a leaf: its
 * skin's nodes are part of its look and of its privacy decision, as a Swing leaf's painting is).
 */
final class FxKinds {
    private FxKinds() {}

    static ViewKind of(Node n) {
        if (n instanceof PasswordField) return ViewKind.PASSWORD;
        if (n instanceof TextArea) return ViewKind.TEXT_AREA;
        if (n instanceof TextField) return ViewKind.TEXT_FIELD;
        if (n instanceof CheckBox) return ViewKind.CHECKBOX;
        if (n instanceof RadioButton) return ViewKind.RADIO;
        if (n instanceof ToggleButton) return ViewKind.TOGGLE;
        if (n instanceof Button || n instanceof Hyperlink) return ViewKind.BUTTON;
        if (n instanceof ComboBoxBase || n instanceof ChoiceBox || n instanceof Spinner) return ViewKind.COMBO;
        if (n instanceof Label || n instanceof Text) return ViewKind.LABEL;
        if (n instanceof Slider) return ViewKind.SLIDER;
        if (n instanceof ProgressIndicator) return ViewKind.PROGRESS;
        if (n instanceof ScrollBar) return ViewKind.SCROLL_BAR;
        if (n instanceof Separator) return ViewKind.SEPARATOR;
        if (n instanceof ToolBar || n instanceof MenuBar) return ViewKind.TOOLBAR;
        if (n instanceof TabPane) return ViewKind.TABS;
        if (n instanceof TableView || n instanceof TreeTableView || n instanceof ListView || n instanceof TreeView) {
            return ViewKind.GRID;
        }
        if (n instanceof Shape) return ViewKind.CUSTOM;
        return ViewKind.PANEL;
    }

    /** Kinds whose whole subtree is their look (drawn into one drawing, one privacy decision). */
    static boolean isLeaf(ViewKind kind) {
        switch (kind) {
            case LABEL: case BUTTON: case TOGGLE: case CHECKBOX: case RADIO: case TEXT_FIELD:
            case PASSWORD: case TEXT_AREA: case COMBO: case SLIDER: case PROGRESS: case SCROLL_BAR:
            case SEPARATOR: case CUSTOM:
                return true;
            default:
                return false;
        }
    }
}
