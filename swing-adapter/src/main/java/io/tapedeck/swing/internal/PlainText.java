package io.tapedeck.swing.internal;

import java.util.regex.Pattern;
import javax.swing.JComponent;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.View;

/** Text as the user sees it: HTML captions reduced to their words, documents as plain text. */
final class PlainText {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {}

    /**
     * A label's or button's caption. An {@code <html>} caption is shown rendered, so its
     * words come from the view Swing built for it (no tags, no entities).
     */
    static String shown(JComponent c, String text) {
        if (text == null || !BasicHTML.isHTMLString(text)) return text;
        Object view = c.getClientProperty(BasicHTML.propertyKey);
        if (view instanceof View) {
            String plain = documentText(((View) view).getDocument(), SwingPropertyReader.MAX_TEXT);
            if (plain != null) return SPACES.matcher(plain).replaceAll(" ").trim();
        }
        return text;
    }

    /** The plain text of a document (styled and HTML documents included), cut at {@code max}. */
    static String documentText(Document doc, int max) {
        if (doc == null) return null;
        try {
            return doc.getText(0, Math.min(doc.getLength(), max));
        } catch (BadLocationException e) {
            return null;
        }
    }
}
