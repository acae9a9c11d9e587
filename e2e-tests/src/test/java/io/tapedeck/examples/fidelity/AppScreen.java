package io.tapedeck.examples.fidelity;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What a toolkit tells the {@link SceneCamera}, from inside the recorded app: when its UI has
 * settled, which windows show (bounds, title, class, visible texts), and what the screen shows
 * in an area. Swing: {@link SwingScreen}; JavaFX: {@link FxScreen}.
 */
interface AppScreen {
    /** Waits until the UI thread is idle and the screen shows what it laid out. */
    void settle() throws Exception;

    /** Every showing window, read on the UI thread; {@link SceneManifest.Shot#captured} not yet set. */
    List<SceneManifest.Shot> windows() throws Exception;

    /** The screen's bounds, in the windows' coordinates. */
    Rectangle screen() throws Exception;

    /** A screenshot of {@code area} (window coordinates) in device pixels. */
    BufferedImage capture(Rectangle area) throws Exception;
}
