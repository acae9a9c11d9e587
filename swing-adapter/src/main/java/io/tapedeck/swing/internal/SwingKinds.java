package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.view.ViewKind;
import java.awt.Canvas;
import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics;
import javax.swing.AbstractButton;
import javax.swing.JCheckBox;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollBar;
import javax.swing.JSeparator;
import javax.swing.JSlider;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.JToolBar;
import javax.swing.JTree;
import javax.swing.JViewport;
import javax.swing.table.JTableHeader;
import javax.swing.text.JTextComponent;

/**
 * Which {@link ViewKind} a component class is. Decided once per class (a {@link ClassValue});
 * only "custom-painted" depends on the instance (it must have no children).
 */
final class SwingKinds {
    private SwingKinds() {}

    private static final ClassValue<ViewKind> BY_CLASS = new ClassValue<ViewKind>() {
        @Override
        protected ViewKind computeValue(Class<?> type) {
            return classify(type);
        }
    };

    /** Classes (below Swing's own) that paint themselves: they override a paint method. */
    private static final ClassValue<Boolean> PAINTS_ITSELF = new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return overridesPaint(type);
        }
    };

    /**
     * Classes that show another toolkit's content (a JFXPanel shows a JavaFX scene): that
     * toolkit's adapter records the content as a window of its own, so here it is an empty box.
     */
    private static final ClassValue<Boolean> HOSTS_ANOTHER_TOOLKIT = new ClassValue<Boolean>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> k = type; k != null; k = k.getSuperclass()) {
                if (k.getName().equals("javafx.embed.swing.JFXPanel")) return true;
            }
            return false;
        }
    };

    static boolean hostsAnotherToolkit(Component c) {
        return HOSTS_ANOTHER_TOOLKIT.get(c.getClass());
    }

    static ViewKind of(Component c) {
        if (hostsAnotherToolkit(c)) return ViewKind.PANEL;
        ViewKind kind = BY_CLASS.get(c.getClass());
        if (kind == ViewKind.PANEL
                && c instanceof JComponent
                && ((Container) c).getComponentCount() == 0
                && PAINTS_ITSELF.get(c.getClass())) {
            return ViewKind.CUSTOM;
        }
        if (c instanceof java.awt.TextField && ((java.awt.TextField) c).echoCharIsSet()) return ViewKind.PASSWORD;
        if (c instanceof java.awt.Checkbox && ((java.awt.Checkbox) c).getCheckboxGroup() != null) return ViewKind.RADIO;
        return kind;
    }

    /** Kinds whose own child components are internal parts we do not show (arrow buttons, editors). */
    static boolean isLeaf(ViewKind kind) {
        switch (kind) {
            case LABEL:
            case BUTTON:
            case TOGGLE:
            case CHECKBOX:
            case RADIO:
            case TEXT_FIELD:
            case PASSWORD:
            case TEXT_AREA:
            case COMBO:
            case SCROLL_BAR:
            case SEPARATOR:
            case PROGRESS:
            case SLIDER:
            case CUSTOM:
                return true;
            default:
                return false;
        }
    }

    private static ViewKind classify(Class<?> t) {
        if (JPasswordField.class.isAssignableFrom(t)) return ViewKind.PASSWORD;
        if (JTextField.class.isAssignableFrom(t)) return ViewKind.TEXT_FIELD;
        if (JTextComponent.class.isAssignableFrom(t)) return ViewKind.TEXT_AREA;
        if (JCheckBox.class.isAssignableFrom(t) || JCheckBoxMenuItem.class.isAssignableFrom(t))
            return ViewKind.CHECKBOX;
        if (JRadioButton.class.isAssignableFrom(t) || JRadioButtonMenuItem.class.isAssignableFrom(t))
            return ViewKind.RADIO;
        // Menus and plain menu items look flat, not like push buttons.
        if (JMenuItem.class.isAssignableFrom(t)) return ViewKind.MENU;
        if (JToggleButton.class.isAssignableFrom(t)) return ViewKind.TOGGLE;
        if (AbstractButton.class.isAssignableFrom(t)) return ViewKind.BUTTON;
        if (JLabel.class.isAssignableFrom(t)) return ViewKind.LABEL;
        if (JComboBox.class.isAssignableFrom(t)) return ViewKind.COMBO;
        if (JViewport.class.isAssignableFrom(t)) return ViewKind.SCROLL_VIEWPORT;
        if (JScrollBar.class.isAssignableFrom(t)) return ViewKind.SCROLL_BAR;
        if (JTabbedPane.class.isAssignableFrom(t)) return ViewKind.TABS;
        if (JToolBar.class.isAssignableFrom(t)) return ViewKind.TOOLBAR;
        if (JSeparator.class.isAssignableFrom(t)) return ViewKind.SEPARATOR;
        if (JProgressBar.class.isAssignableFrom(t)) return ViewKind.PROGRESS;
        if (JSlider.class.isAssignableFrom(t)) return ViewKind.SLIDER;
        if (JTable.class.isAssignableFrom(t)
                || JList.class.isAssignableFrom(t)
                || JTree.class.isAssignableFrom(t)
                || JTableHeader.class.isAssignableFrom(t)) {
            return ViewKind.GRID;
        }
        if (Canvas.class.isAssignableFrom(t)) return ViewKind.CUSTOM;
        if (java.awt.Label.class.isAssignableFrom(t)) return ViewKind.LABEL;
        if (java.awt.Button.class.isAssignableFrom(t)) return ViewKind.BUTTON;
        if (java.awt.Checkbox.class.isAssignableFrom(t)) return ViewKind.CHECKBOX;
        if (java.awt.TextField.class.isAssignableFrom(t)) return ViewKind.TEXT_FIELD;
        if (java.awt.TextArea.class.isAssignableFrom(t)) return ViewKind.TEXT_AREA;
        if (java.awt.Scrollbar.class.isAssignableFrom(t)) return ViewKind.SCROLL_BAR;
        return ViewKind.PANEL;
    }

    private static boolean overridesPaint(Class<?> type) {
        for (Class<?> k = type; k != null && !isToolkitClass(k); k = k.getSuperclass()) {
            if (declares(k, "paintComponent") || declares(k, "paint")) return true;
        }
        return false;
    }

    private static boolean isToolkitClass(Class<?> k) {
        String n = k.getName();
        return n.startsWith("javax.swing.")
                || n.startsWith("java.awt.")
                || n.startsWith("sun.")
                || n.startsWith("com.sun.");
    }

    private static boolean declares(Class<?> k, String method) {
        try {
            k.getDeclaredMethod(method, Graphics.class);
            return true;
        } catch (NoSuchMethodException | SecurityException | LinkageError e) {
            return false;
        }
    }
}
