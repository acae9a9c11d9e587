package io.tapedeck.agent.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.ProtectionDomain;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Defines the JavaFX adapter ({@code io.tapedeck.javafx.*}) where it can see the app's JavaFX
 * when the agent's own loader cannot: JavaFX in a plugin's class loader, or in a module layer
 * the app created. The adapter's classes are read from the agent jar and defined here; each
 * class they name is then found by one rule:
 * <ul>
 *   <li>JavaFX ({@code javafx.*}, {@code com.sun.javafx.*} and JavaFX's other internal
 *       packages): from the loader of the app's {@code javafx.stage.Window}, or, when JavaFX is a
 *       set of named modules, from the loader of the module holding that package (a layer may
 *       give each module its own loader);</li>
 *   <li>everything else, Tapedeck's core above all: from the agent's loader, so that
 *       {@code TapedeckConfig}, {@code CaptureSink}, {@code Log} are the very classes the agent
 *       uses (a second copy would be a different class, and the adapter could not be started).</li>
 * </ul>
 * The adapter uses only public, exported JavaFX API, and this loader's unnamed module reads
 * every module, so no export or opening is needed in any layout.
 */
final class FxAdapterLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    private static final String ADAPTER_PACKAGES = "io.tapedeck.javafx.";
    private static final String[] JAVAFX_PACKAGES = {
        "javafx.", "com.sun.javafx.", "com.sun.glass.", "com.sun.prism.", "com.sun.scenario.",
        "com.sun.webkit.", "com.sun.media.jfx", "com.sun.marlin.", "com.sun.pisces.", "com.sun.openpisces."
    };

    private final ClassLoader agent;
    /** The defining loader of {@code javafx.stage.Window}; null: the boot loader. */
    private final ClassLoader javafx;
    /** The layer of JavaFX's modules; null when JavaFX is on a class path (an unnamed module). */
    private final ModuleLayer javafxLayer;

    private final ProtectionDomain domain;
    private final Map<String, Optional<Module>> moduleOfPackage = new ConcurrentHashMap<>();

    /**
     * @param agentLoader the loader of the agent's own classes (and of the adapter's class files)
     * @param fxWindow    the app's {@code javafx.stage.Window}
     */
    FxAdapterLoader(ClassLoader agentLoader, Class<?> fxWindow) {
        super("tapedeck-javafx", agentLoader);
        this.agent = agentLoader;
        this.javafx = fxWindow.getClassLoader();
        Module module = fxWindow.getModule();
        this.javafxLayer = module.isNamed() ? module.getLayer() : null;
        this.domain = FxAdapterLoader.class.getProtectionDomain();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(ADAPTER_PACKAGES)) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) c = defineAdapterClass(name);
                if (resolve) resolveClass(c);
                return c;
            }
        }
        if (isJavaFx(name)) return Class.forName(name, false, javafxLoaderFor(name));
        return super.loadClass(name, resolve); // the agent's loader, as parent
    }

    static boolean isJavaFx(String className) {
        for (String prefix : JAVAFX_PACKAGES) {
            if (className.startsWith(prefix)) return true;
        }
        return false;
    }

    private Class<?> defineAdapterClass(String name) throws ClassNotFoundException {
        String file = name.replace('.', '/') + ".class";
        byte[] bytes;
        try (InputStream in = agent.getResourceAsStream(file)) {
            if (in == null) throw new ClassNotFoundException(name + " (not in the agent jar)");
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    /** The loader that has this JavaFX class: JavaFX's own, or that of the module holding its package. */
    private ClassLoader javafxLoaderFor(String className) {
        if (javafxLayer == null) return javafx;
        int dot = className.lastIndexOf('.');
        String pkg = dot < 0 ? "" : className.substring(0, dot);
        Optional<Module> module = moduleOfPackage.computeIfAbsent(pkg, this::findModule);
        return module.isPresent() ? module.get().getClassLoader() : javafx;
    }

    /** The module of JavaFX's layer (or one of its parents) that holds {@code pkg}. */
    private Optional<Module> findModule(String pkg) {
        Deque<ModuleLayer> todo = new ArrayDeque<>();
        Set<ModuleLayer> seen = new HashSet<>();
        todo.add(javafxLayer);
        while (!todo.isEmpty()) {
            ModuleLayer layer = todo.poll();
            if (!seen.add(layer)) continue;
            for (Module m : layer.modules()) {
                if (m.getPackages().contains(pkg)) return Optional.of(m);
            }
            todo.addAll(layer.parents());
        }
        return Optional.empty();
    }
}
