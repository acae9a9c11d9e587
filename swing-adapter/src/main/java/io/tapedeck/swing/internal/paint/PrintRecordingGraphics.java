package io.tapedeck.swing.internal.paint;

import java.awt.PrintGraphics;
import java.awt.PrintJob;
import java.awt.print.PrinterGraphics;
import java.awt.print.PrinterJob;

/**
 * A recording graphics that says it prints, in both of AWT's ways ({@link PrintGraphics} and
 * {@link PrinterGraphics}; Nimbus' painters test the latter): look and feels such as Nimbus
 * then paint vectors (shapes and gradients) instead of blitting cached bitmaps, and Swing draws
 * text through {@code TextLayout}, which {@link TextElements} maps back to text.
 */
final class PrintRecordingGraphics extends RecordingGraphics implements PrintGraphics, PrinterGraphics {
    PrintRecordingGraphics(PaintRecording rec) {
        super(rec);
    }

    private PrintRecordingGraphics(PrintRecordingGraphics from) {
        super(from);
    }

    @Override
    RecordingGraphics copy() {
        return new PrintRecordingGraphics(this);
    }

    /** No print job: nothing is printed, the marker is all Swing looks at. */
    @Override
    public PrintJob getPrintJob() {
        return null;
    }

    @Override
    public PrinterJob getPrinterJob() {
        return null;
    }
}
