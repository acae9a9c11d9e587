package io.tapedeck.agent.itapps;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A host that runs a modular JavaFX app in a module layer of its own, as JPMS plugin hosts do:
 * JavaFX, Monocle and the app module {@code tapedeck.itapp.fx} are resolved into a new layer
 * (one class loader, parent: the platform loader), so neither the boot layer nor the class path
 * has JavaFX. Args: the layer's module path (path-separator list), then the app's hold time in
 * ms. Prints {@code hostSeesJavaFx=true|false} first, so the test can check its own premise.
 */
public final class LayerHostApp {
    private static final String APP_MODULE = "tapedeck.itapp.fx";
    private static final String MONOCLE = "org.testfx.monocle";

    public static void main(String[] args) throws Exception {
        System.out.println("hostSeesJavaFx="
                + ModuleLayer.boot().findModule("javafx.graphics").isPresent());
        Path[] entries = List.of(args[0].split(File.pathSeparator)).stream()
                .map(Path::of)
                .toArray(Path[]::new);
        Configuration cf = ModuleLayer.boot()
                .configuration()
                .resolve(ModuleFinder.of(entries), ModuleFinder.of(), Set.of(APP_MODULE, MONOCLE));
        ModuleLayer.Controller layer = ModuleLayer.defineModulesWithOneLoader(
                cf, List.of(ModuleLayer.boot()), ClassLoader.getPlatformClassLoader());
        // Monocle is a glass platform outside JavaFX: what --add-exports does on a command line.
        Module monocle = layer.layer().findModule(MONOCLE).orElseThrow();
        Module graphics = layer.layer().findModule("javafx.graphics").orElseThrow();
        for (String pkg : List.of(
                "com.sun.glass.events",
                "com.sun.glass.ui",
                "com.sun.glass.ui.delegate",
                "com.sun.glass.utils",
                "com.sun.javafx.tk",
                "com.sun.javafx.util")) {
            layer.addExports(graphics, pkg, monocle);
        }
        layer.addExports(layer.layer().findModule("javafx.base").orElseThrow(), "com.sun.javafx.logging", monocle);

        // The app exports its package to JavaFX only; the host calls its main.
        layer.addExports(
                layer.layer().findModule(APP_MODULE).orElseThrow(),
                "io.tapedeck.itapp.fx",
                LayerHostApp.class.getModule());

        ClassLoader loader = layer.layer().findLoader(APP_MODULE);
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> main = Class.forName("io.tapedeck.itapp.fx.ModularFxApp", true, loader);
        // The app prints "app done" when JavaFX has exited.
        main.getMethod("main", String[].class).invoke(null, (Object) new String[] {args[1]});
    }
}
