package io.tapedeck.swing.internal;

import io.tapedeck.core.internal.privacy.Markers;
import io.tapedeck.core.internal.privacy.PrivacyMarker;
import io.tapedeck.core.internal.view.ViewKind;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JFormattedTextField;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import javax.swing.text.MaskFormatter;

/**
 * The facts core's privacy policy decides from, read cheaply on the EDT: the component's
 * class chain (once per class), its name, accessible name, the app's marker, and for text
 * inputs their prompt text and formatter. Nothing here reads what the component shows, so
 * these facts can be read before deciding to block it.
 */
final class SwingPrivacyFacts {
    /** The client property an app can set instead of calling {@code Tapedeck.mask/unmask/block}. */
    static final String CLIENT_PROPERTY = "tapedeck.privacy";
    /** FlatLaf's (and others') prompt text of an empty field. */
    static final String PLACEHOLDER_PROPERTY = "JTextField.placeholderText";

    private SwingPrivacyFacts() {}

    private static final ClassValue<List<String>> TYPE_NAMES = new ClassValue<List<String>>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> names = new ArrayList<>();
            for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) names.add(k.getName());
            return Collections.unmodifiableList(names);
        }
    };

    /** The class and its superclasses, most specific first: one shared list per class. */
    static List<String> typeNames(Component c) {
        return TYPE_NAMES.get(c.getClass());
    }

    /** {@code Tapedeck.mask/unmask/block} first, else the {@code tapedeck.privacy} client property. */
    static PrivacyMarker marker(Component c) {
        PrivacyMarker m = Markers.of(c);
        if (m != PrivacyMarker.NONE || !(c instanceof JComponent)) return m;
        Object property = ((JComponent) c).getClientProperty(CLIENT_PROPERTY);
        if (property == null) return PrivacyMarker.NONE;
        PrivacyMarker parsed = PrivacyMarker.parse(property);
        // A value we do not understand is an intent to hide something: mask, not show.
        return parsed == null ? PrivacyMarker.MASK : parsed;
    }

    /**
     * The accessible name (Swing derives it from a label pointing at the component, a titled
     * border, or for labels and buttons their caption), or null.
     */
    static String accessibleName(Component c) {
        AccessibleContext context = c.getAccessibleContext();
        return context == null ? null : context.getAccessibleName();
    }

    /** A label or button without a caption (icon only), or a custom-painted component. */
    static boolean captionless(Component c, ViewKind kind) {
        switch (kind) {
            case LABEL:
                return c instanceof JLabel && isEmpty(((JLabel) c).getText());
            case BUTTON:
            case TOGGLE:
                return c instanceof AbstractButton && isEmpty(((AbstractButton) c).getText());
            case CUSTOM:
                return true;
            default:
                return false;
        }
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    static String placeholder(JTextComponent c) {
        Object p = c.getClientProperty(PLACEHOLDER_PROPERTY);
        return p instanceof String ? (String) p : null;
    }

    /** {@code MaskFormatter ###-##-####}, or the formatter's class name, or null. */
    static String inputHint(JTextComponent c) {
        if (!(c instanceof JFormattedTextField)) return null;
        JFormattedTextField.AbstractFormatter f = ((JFormattedTextField) c).getFormatter();
        if (f == null) return null;
        String type = f.getClass().getSimpleName();
        return f instanceof MaskFormatter ? type + " " + ((MaskFormatter) f).getMask() : type;
    }
}
