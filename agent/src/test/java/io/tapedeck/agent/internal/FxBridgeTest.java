package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import io.tapedeck.core.internal.view.CaptureSink;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where the JavaFX adapter is loaded, for each place an app's JavaFX can be. Only classes are
 * loaded here: no toolkit starts (the ITs run whole apps).
 */
class FxBridgeTest {
    private static final String WINDOW = "javafx.stage.Window";
    private static final String LABEL = "javafx.scene.control.Label";

    @Test
    void javaFxTheAgentSeesIsUsedThroughTheAgentsOwnLoader() throws Exception {
        FxBridge bridge = FxBridge.load(
                Class.forName(WINDOW, false, getClass().getClassLoader()).getClassLoader());

        assertSame(FxBridge.class.getClassLoader(), bridge.recorderClass().getClassLoader());
    }

    @Test
    void javaFxInAPluginLoaderGetsTheAdapterDefinedNextToIt() throws Exception {
        try (URLClassLoader plugin =
                new URLClassLoader("plugin", urls(FxTestRuntime.javafxJars()), ClassLoader.getPlatformClassLoader())) {
            Class<?> pluginWindow = Class.forName(WINDOW, false, plugin);
            assertNotSame(Class.forName(WINDOW, false, getClass().getClassLoader()), pluginWindow, "the premise");

            ClassLoader adapter = FxBridge.load(plugin).recorderClass().getClassLoader();

            assertInstanceOf(FxAdapterLoader.class, adapter);
            assertSame(pluginWindow, Class.forName(WINDOW, false, adapter), "the plugin's JavaFX");
            assertSame(Class.forName(LABEL, false, plugin), Class.forName(LABEL, false, adapter));
            for (Class<?> shared : List.of(TapedeckConfig.class, CaptureSink.class, Log.class)) {
                assertSame(shared, Class.forName(shared.getName(), false, adapter), "the agent's own " + shared);
            }
        }
    }

    @Test
    void javaFxInAModuleLayerWithALoaderPerModuleIsFoundModuleByModule() throws Exception {
        ModuleFinder finder = ModuleFinder.of(FxTestRuntime.javafxJars().toArray(new Path[0]));
        Configuration cf =
                ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("javafx.controls"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithManyLoaders(cf, ClassLoader.getPlatformClassLoader());
        ClassLoader graphics = layer.findLoader("javafx.graphics");
        ClassLoader controls = layer.findLoader("javafx.controls");
        assertNotSame(graphics, controls, "the premise: Window's loader cannot see Label");

        ClassLoader adapter = FxBridge.load(graphics).recorderClass().getClassLoader();

        assertInstanceOf(FxAdapterLoader.class, adapter);
        assertSame(Class.forName(WINDOW, false, graphics), Class.forName(WINDOW, false, adapter));
        assertSame(Class.forName(LABEL, false, controls), Class.forName(LABEL, false, adapter));
        assertSame(TapedeckConfig.class, Class.forName(TapedeckConfig.class.getName(), false, adapter));
    }

    @Test
    void aLoaderWithoutJavaFxIsOneClearLine() throws Exception {
        try (URLClassLoader none = new URLClassLoader("no-javafx", new URL[0], ClassLoader.getPlatformClassLoader())) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> FxBridge.load(none));

            assertTrue(e.getMessage().startsWith("the JavaFX adapter could not be loaded"), e.getMessage());
            assertTrue(e.getMessage().contains("'no-javafx'"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    private static URL[] urls(List<Path> jars) throws Exception {
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) urls[i] = jars.get(i).toUri().toURL();
        return urls;
    }
}
