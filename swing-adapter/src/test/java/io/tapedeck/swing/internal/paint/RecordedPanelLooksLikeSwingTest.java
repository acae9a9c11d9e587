package io.tapedeck.swing.internal.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tapedeck.core.internal.view.DrawElement;
import io.tapedeck.core.internal.view.Drawing;
import io.tapedeck.testing.Edt;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.LookAndFeel;
import javax.swing.RepaintManager;
import javax.swing.UIManager;
import javax.swing.plaf.metal.MetalLookAndFeel;
import javax.swing.plaf.nimbus.NimbusLookAndFeel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole point: a panel of standard Metal components, recorded through {@link PaintRecording}
 * and rendered by a real Chromium, looks like the same panel painted by Swing.
 */
class RecordedPanelLooksLikeSwingTest {
    private static final Path OUT = Path.of("target", "paint-fidelity");
    private JFrame frame;

    @AfterEach
    void close() throws Exception {
        Edt.run(() -> {
            if (frame != null) frame.dispose();
        });
    }

    @Test
    void metalPanelRecordedAsSvgMatchesSwingsOwnPaintingInChromium() throws Exception {
        Result r = recordAndRender("metal", new MetalLookAndFeel(), false);
        assertTrue(r.unsupported == null, "recording is faithful: " + r.unsupported);
        assertTrue(r.share >= 0.97, "matching pixels " + r.share);
        assertTrue(r.ssim >= 0.95, "SSIM " + r.ssim);
        assertTrue(r.images <= 8, "Metal draws few bitmaps (gradients, check mark): " + r.images);
    }

    @Test
    void nimbusPaintsVectorsAndTextForAPrintGraphics() throws Exception {
        Result r = recordAndRender("nimbus", new NimbusLookAndFeel(), true);
        assertTrue(r.unsupported == null, "recording is faithful: " + r.unsupported);
        assertEquals(0, r.images, "Nimbus paints vectors, not cached images, for a PrintGraphics");
        assertTrue(r.texts >= 30, "Nimbus text (TextLayout glyph vectors) is text again: " + r.texts);
        assertTrue(r.share >= 0.95, "matching pixels " + r.share);
        assertTrue(r.ssim >= 0.93, "SSIM " + r.ssim);
    }

    private static final class Result {
        String unsupported;
        double share;
        double ssim;
        int images;
        int texts;
    }

    private Result recordAndRender(String name, LookAndFeel laf, boolean vectorPainters) throws Exception {
        assumeTrue(Chromium.available(), "needs /usr/bin/chromium");
        AtomicReference<BufferedImage> swing = new AtomicReference<>();
        AtomicReference<Drawing> drawing = new AtomicReference<>();
        AtomicReference<String> unsupported = new AtomicReference<>();
        AtomicReference<Dimension> size = new AtomicReference<>();
        AtomicReference<Long> recordNanos = new AtomicReference<>(Long.MAX_VALUE);
        AtomicReference<Long> paintNanos = new AtomicReference<>(Long.MAX_VALUE);
        Edt.run(() -> {
            UIManager.setLookAndFeel(laf);
            JPanel panel = panel();
            frame = new JFrame("fidelity");
            frame.setContentPane(panel);
            frame.pack();
            frame.setVisible(true);
        });
        Edt.flush();
        Edt.run(() -> {
            JComponent panel = (JComponent) frame.getContentPane();
            int w = panel.getWidth(), h = panel.getHeight();
            size.set(new Dimension(w, h));
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            panel.paint(g);
            g.dispose();
            swing.set(image);

            PaintRecording recording = null;
            RepaintManager rm = RepaintManager.currentManager(panel);
            boolean buffered = rm.isDoubleBufferingEnabled();
            rm.setDoubleBufferingEnabled(false);
            try {
                for (int i = 0, n = Integer.getInteger("paint.loops", 5);
                        i < n;
                        i++) { // warmed up: what a repeated recording costs the EDT
                    long start = System.nanoTime();
                    recording = new PaintRecording("t-", w, h, panel.getGraphicsConfiguration(), vectorPainters);
                    panel.paint(recording.graphics());
                    recording.finish();
                    recordNanos.set(Math.min(recordNanos.get(), System.nanoTime() - start));
                }
            } finally {
                rm.setDoubleBufferingEnabled(buffered);
            }
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                Graphics2D pg = image.createGraphics();
                panel.paint(pg);
                pg.dispose();
                paintNanos.set(Math.min(paintNanos.get(), System.nanoTime() - start));
            }
            drawing.set(recording.finish());
            unsupported.set(recording.unsupported());
        });
        int w = size.get().width, h = size.get().height;
        Files.createDirectories(OUT);
        ImageIO.write(swing.get(), "png", OUT.resolve(name + "-swing.png").toFile());
        String page = SvgDocument.page(drawing.get(), w, h);
        BufferedImage chromium = Chromium.screenshot(page, w, h, OUT, name);
        ImageIO.write(
                ImageCompare.difference(swing.get(), chromium, 48),
                "png",
                OUT.resolve(name + "-diff.png").toFile());
        Result r = new Result();
        r.unsupported = unsupported.get();
        r.share = ImageCompare.matchingShare(swing.get(), chromium, 48);
        r.ssim = ImageCompare.ssim(swing.get(), chromium);
        for (DrawElement e : drawing.get().elements()) {
            if (e.role() == DrawElement.Role.IMAGE) r.images++;
            if (e.role() == DrawElement.Role.TEXT) r.texts++;
        }
        System.out.printf(
                "%s: %d elements (%d images, %d texts), %d bytes of SVG, matching pixels %.4f, SSIM %.4f,"
                        + " unsupported %s; EDT ms to record %.2f, to paint into an image %.2f%n",
                name,
                drawing.get().elements().size(),
                r.images,
                r.texts,
                SvgDocument.of(drawing.get(), w, h).length(),
                r.share,
                r.ssim,
                r.unsupported,
                recordNanos.get() / 1e6,
                paintNanos.get() / 1e6);
        return r;
    }

    private static JPanel panel() {
        JPanel panel = new JPanel(new BorderLayout(8, 8));
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 8));
        controls.add(new JLabel("Name:"));
        controls.add(new JTextField("Ada Lovelace", 12));
        controls.add(new JButton("Save"));
        JCheckBox check = new JCheckBox("Remember me", true);
        controls.add(check);
        controls.add(new JComboBox<>(new String[] {"Metal", "Nimbus", "FlatLaf"}));
        JProgressBar progress = new JProgressBar(0, 100);
        progress.setValue(62);
        progress.setStringPainted(true);
        controls.add(progress);
        controls.add(new JSlider(0, 100, 30));
        controls.setPreferredSize(new Dimension(520, 120));
        panel.add(controls, BorderLayout.NORTH);
        String[] columns = {"Id", "Name", "Amount"};
        Object[][] rows = new Object[8][];
        for (int i = 0; i < rows.length; i++) rows[i] = new Object[] {i + 1, "Row number " + (i + 1), i * 12.5};
        JTable table = new JTable(rows, columns);
        table.setRowSelectionInterval(2, 2);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(520, 150));
        panel.add(scroll, BorderLayout.CENTER);
        panel.setBackground(new Color(238, 238, 238));
        return panel;
    }
}
