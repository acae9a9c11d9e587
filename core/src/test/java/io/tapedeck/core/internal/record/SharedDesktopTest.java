package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.tapedeck.core.internal.view.ViewKind;
import io.tapedeck.core.internal.view.ViewNode;
import org.junit.jupiter.api.Test;

class SharedDesktopTest {
    private static final long SWING = 1 << 20, FX = 1;

    private static ViewNode window(long key, String className, int x, int y, int w, int h, boolean focused) {
        return ViewNode.builder(key, ViewKind.WINDOW)
                .className(className)
                .bounds(x, y, w, h)
                .flags(focused ? ViewNode.FOCUSED : 0)
                .build();
    }

    private static ViewNode desktop(long key, int x, int y, int w, int h, ViewNode... windows) {
        ViewNode.Builder b = ViewNode.builder(key, ViewKind.DESKTOP).bounds(x, y, w, h);
        for (ViewNode win : windows) b.child(win);
        return b.build();
    }

    @Test
    void oneToolkitsDesktopIsMovedToTheOriginAndKeepsItsWindows() {
        SharedDesktop shared = new SharedDesktop();
        ViewNode main = window(2 << 20, "javax.swing.JFrame", 0, 0, 400, 300, true);
        ViewNode merged = shared.merge(desktop(SWING, 100, 50, 400, 300, main));
        assertEquals(0, merged.x());
        assertEquals(SWING, merged.key());
        assertSame(main, merged.children().get(0));
        assertEquals(130, shared.viewportX(230));
        assertEquals(60, shared.viewportY(110));
    }

    @Test
    void theSameDesktopAgainIsTheSameRecordedDesktop() {
        SharedDesktop shared = new SharedDesktop();
        ViewNode d = desktop(SWING, 0, 0, 400, 300, window(2 << 20, "F", 0, 0, 400, 300, false));
        assertSame(shared.merge(d), shared.merge(d));
    }

    @Test
    void twoToolkitsShareOneDesktopPlacedByScreenPosition() {
        SharedDesktop shared = new SharedDesktop();
        ViewNode swingFrame = window(2 << 20, "javax.swing.JFrame", 0, 0, 400, 300, false);
        ViewNode fxStage = window(7, "javafx.stage.Stage", 0, 0, 200, 100, true);
        shared.merge(desktop(SWING, 100, 100, 400, 300, swingFrame));
        ViewNode merged = shared.merge(desktop(FX, 600, 50, 200, 100, fxStage));

        assertEquals(SWING, merged.key(), "the first toolkit's root stays the root");
        assertEquals(700, merged.width()); // 100..800
        assertEquals(350, merged.height()); // 50..400
        assertEquals(7, merged.children().get(0).key(), "the toolkit with the focused window is on top");
        assertEquals(500, merged.children().get(0).x());
        assertEquals(0, merged.children().get(0).y());
        assertEquals(0, merged.children().get(1).x());
        assertEquals(50, merged.children().get(1).y());
        assertEquals(500, shared.viewportX(600), "pointer positions follow the shared origin");
    }

    @Test
    void anEmbeddedWindowSitsRightAboveTheWindowThatHostsIt() {
        SharedDesktop shared = new SharedDesktop();
        ViewNode dialog = window(3 << 20, "javax.swing.JDialog", 500, 0, 100, 100, true);
        ViewNode frame = window(2 << 20, "javax.swing.JFrame", 0, 0, 400, 300, false);
        ViewNode jfxPanel = window(9, "com.sun.javafx.stage.EmbeddedWindow", 0, 0, 200, 100, false);
        shared.merge(desktop(SWING, 0, 0, 600, 300, dialog, frame));
        ViewNode merged = shared.merge(desktop(FX, 50, 60, 200, 100, jfxPanel));

        assertEquals(3 << 20, merged.children().get(0).key(), "the focused dialog stays on top");
        assertEquals(9, merged.children().get(1).key(), "the embedded scene is right above its host");
        assertEquals(2 << 20, merged.children().get(2).key());
        assertEquals(50, merged.children().get(1).x());
    }

    @Test
    void aMovedWindowIsTheSameObjectWhileNothingChanged() {
        SharedDesktop shared = new SharedDesktop();
        ViewNode swing = desktop(SWING, 0, 0, 400, 300, window(2 << 20, "F", 0, 0, 400, 300, true));
        ViewNode fx = desktop(FX, 500, 0, 100, 100, window(7, "S", 0, 0, 100, 100, false));
        shared.merge(swing);
        ViewNode first = shared.merge(fx).children().get(1);
        ViewNode swingAgain = desktop(SWING, 0, 0, 400, 300, window(2 << 20, "F", 0, 0, 400, 300, true));
        ViewNode second = shared.merge(swingAgain).children().get(1);
        assertEquals(500, second.x());
        assertSame(first, second);
    }

    @Test
    void aToolkitWithoutWindowsTakesNoRoom() {
        SharedDesktop shared = new SharedDesktop();
        shared.merge(desktop(FX, 0, 0, 0, 0));
        ViewNode merged = shared.merge(desktop(SWING, 300, 200, 400, 300, window(2 << 20, "F", 0, 0, 400, 300, true)));
        assertEquals(400, merged.width());
        assertEquals(0, merged.children().get(0).x());
        assertEquals(0, shared.viewportX(300));
    }
}
