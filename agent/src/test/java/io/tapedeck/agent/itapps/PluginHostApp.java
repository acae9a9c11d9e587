package io.tapedeck.agent.itapps;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin host, as in an IDE or a rich-client framework: its own class path has no JavaFX; it
 * loads a "plugin" ({@link FxApp}, with JavaFX and Monocle) in a {@link URLClassLoader} of its
 * own whose parent is the platform loader, so neither the host nor the agent can see JavaFX.
 * Args: the plugin class path (path-separator list), then FxApp's hold time in ms. Prints
 * {@code hostSeesJavaFx=true|false} first, so the test can check its own premise.
 */
public final class PluginHostApp {
    public static void main(String[] args) throws Exception {
        System.out.println("hostSeesJavaFx=" + visible("javafx.stage.Window", PluginHostApp.class.getClassLoader()));
        List<URL> urls = new ArrayList<>();
        for (String entry : args[0].split(File.pathSeparator))
            urls.add(Path.of(entry).toUri().toURL());
        try (URLClassLoader plugin =
                new URLClassLoader("plugin", urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            Thread.currentThread().setContextClassLoader(plugin);
            Class<?> main = Class.forName(FxApp.Main.class.getName(), true, plugin);
            // FxApp.Main prints "app done" when JavaFX has exited.
            main.getMethod("main", String[].class).invoke(null, (Object) new String[] {args[1]});
        }
    }

    private static boolean visible(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
