package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WindowLoadWatcherTest {
    private final AtomicInteger runs = new AtomicInteger();
    private final CountDownLatch ran = new CountDownLatch(1);
    private final Thread startup = new Thread(
            () -> {
                runs.incrementAndGet();
                ran.countDown();
            },
            "test-startup");
    private final AtomicInteger secondRuns = new AtomicInteger();
    private final CountDownLatch secondRan = new CountDownLatch(1);
    private final Thread second = new Thread(
            () -> {
                secondRuns.incrementAndGet();
                secondRan.countDown();
            },
            "test-second-toolkit");
    private final WindowLoadWatcher watcher = new WindowLoadWatcher(startup, second);

    @Test
    void loadingJavaAwtWindowStartsTheStartupThreadExactlyOnce() throws Exception {
        assertNull(watcher.transform(null, "java/awt/Window", null, null, new byte[0]));
        assertNull(watcher.transform(null, "java/awt/Window", null, null, new byte[0]));
        watcher.windowLoaded();

        assertEquals(true, ran.await(5, TimeUnit.SECONDS));
        startup.join(5000);
        assertEquals(1, runs.get());
    }

    @Test
    void otherClassesNamesLikeItAndRedefinitionsStartNothing() throws Exception {
        ClassLoader appLoader = getClass().getClassLoader();
        assertNull(watcher.transform(null, "java/awt/Frame", null, null, new byte[0]));
        assertNull(watcher.transform(null, null, null, null, new byte[0]));
        assertNull(watcher.transform(appLoader, "java/awt/Window", null, null, new byte[0]));
        assertNull(watcher.transform(null, "java/awt/Window", Object.class, null, new byte[0]));

        assertEquals(false, ran.await(200, TimeUnit.MILLISECONDS));
        assertEquals(Thread.State.NEW, startup.getState());
    }

    @Test
    void loadingJavaFxWindowRemembersTheLoaderThatDefinedIt() throws Exception {
        ClassLoader plugin = new ClassLoader("plugin", null) {};
        assertNull(watcher.transform(plugin, "javafx/stage/Window", null, null, new byte[0]));
        assertNull(watcher.transform(getClass().getClassLoader(), "javafx/stage/Window", null, null, new byte[0]));

        assertEquals(true, ran.await(5, TimeUnit.SECONDS));
        startup.join(5000);
        assertEquals(1, runs.get());
        assertEquals(true, watcher.javafx());
        assertSame(plugin, watcher.javafxLoader(), "the first load's loader: the app's JavaFX");
    }

    @Test
    void javaFxLoadingAfterAwtStartsTheSecondToolkitThreadOnce() throws Exception {
        ClassLoader app = getClass().getClassLoader();
        watcher.transform(null, "java/awt/Window", null, null, new byte[0]);
        assertEquals(true, ran.await(5, TimeUnit.SECONDS));
        assertEquals(Thread.State.NEW, second.getState(), "one toolkit so far");

        watcher.transform(app, "javafx/stage/Window", null, null, new byte[0]);
        watcher.transform(app, "javafx/stage/Window", null, null, new byte[0]);
        watcher.transform(null, "java/awt/Window", null, null, new byte[0]);
        assertEquals(true, secondRan.await(5, TimeUnit.SECONDS));
        second.join(5000);
        assertEquals(1, secondRuns.get());
        assertEquals(1, runs.get());
        assertEquals(false, watcher.javafx(), "AWT came first");
        assertSame(app, watcher.javafxLoader());
    }

    @Test
    void awtLoadingAfterJavaFxStartsTheSecondToolkitThread() throws Exception {
        watcher.transform(getClass().getClassLoader(), "javafx/stage/Window", null, null, new byte[0]);
        assertEquals(true, ran.await(5, TimeUnit.SECONDS));
        watcher.transform(null, "java/awt/Window", null, null, new byte[0]);
        assertEquals(true, secondRan.await(5, TimeUnit.SECONDS));
        assertEquals(true, watcher.javafx(), "JavaFX came first");
    }
}
