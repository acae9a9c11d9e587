package io.tapedeck.swing.internal.paint;

import io.tapedeck.core.internal.view.DrawElement;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test fixture: what a piece of paint code records, and ways to look at it. */
final class Recorded {
    final PaintRecording recording;
    final List<DrawElement> elements;

    private Recorded(PaintRecording recording) {
        this.recording = recording;
        this.elements = recording.finish().elements();
    }

    static Recorded paint(int width, int height, Consumer<Graphics2D> code) {
        return paint(width, height, false, code);
    }

    static Recorded paint(int width, int height, boolean vectorPainters, Consumer<Graphics2D> code) {
        PaintRecording recording = new PaintRecording("t-", width, height, null, vectorPainters);
        code.accept(recording.graphics());
        return new Recorded(recording);
    }

    /** The elements that draw (not definitions). */
    List<DrawElement> drawn() {
        List<DrawElement> out = new ArrayList<>();
        for (DrawElement e : elements) if (e.role() != DrawElement.Role.DEFINITION) out.add(e);
        return out;
    }

    List<DrawElement> definitions(String tag) {
        List<DrawElement> out = new ArrayList<>();
        for (DrawElement e : elements)
            if (e.role() == DrawElement.Role.DEFINITION && e.tag().equals(tag)) out.add(e);
        return out;
    }

    /** The only drawn element (fails otherwise). */
    DrawElement only() {
        List<DrawElement> d = drawn();
        if (d.size() != 1) throw new AssertionError("expected one drawn element, got " + elements);
        return d.get(0);
    }

    String unsupported() {
        return recording.unsupported();
    }

    @Override
    public String toString() {
        return elements.toString();
    }
}
