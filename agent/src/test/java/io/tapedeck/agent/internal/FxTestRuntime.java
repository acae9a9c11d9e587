package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.testing.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;

/**
 * JavaFX for the agent's ITs: the test dependencies' JavaFX and Monocle jars (found on this JVM's
 * class path), the settings that run a child's JavaFX headless, and the check that a child's
 * session shows what its app showed.
 */
final class FxTestRuntime {
    private FxTestRuntime() {}

    /**
     * The JavaFX platform jars ({@code javafx-base}, {@code -graphics}, {@code -controls}, with
     * the platform classifier): the ones with a module descriptor. Maven also puts the
     * classifier-less artifacts on the class path; they are empty, and on a module path they
     * would become automatic modules of the same names.
     */
    static List<Path> javafxJars() {
        List<Path> jars = new ArrayList<>();
        for (Path entry : testClassPath()) {
            String name = entry.getFileName().toString();
            if (name.startsWith("javafx-") && hasModuleDescriptor(entry)) jars.add(entry);
        }
        assertFalse(jars.isEmpty(), "no JavaFX jars on the test class path");
        return jars;
    }

    /** Monocle (TestFX's headless glass platform). */
    static Path monocleJar() {
        return testClassPath().stream()
                .filter(p -> p.getFileName().toString().startsWith("openjfx-monocle"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Monocle jar on the test class path"));
    }

    static String pathOf(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** Headless JavaFX, software rendering: no display, no GPU. Monocle must be visible to JavaFX. */
    static ChildJvm headless(ChildJvm child) {
        return child.jvmArg("-Dglass.platform=Monocle")
                .jvmArg("-Dmonocle.platform=Headless")
                .jvmArg("-Dprism.order=sw");
    }

    /**
     * The child ran normally, with no Tapedeck warning or error, and wrote one session showing
     * {@code label} as drawn text, later {@code changed}, and the window's {@code title}.
     */
    static void assertRecorded(ChildJvm.Result result, Path sessions, String label, String changed, String title)
            throws IOException {
        result.assertExitedNormally();
        assertEquals(List.of(), result.tapedeckProblems(), result.toString());
        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(1, files.size(), "one session file\n" + result);
        String all = String.join("\n", SessionFile.events(files.get(0)));
        int first = all.indexOf("\"" + label + "\"");
        assertTrue(first >= 0, "the stage's label, as drawn text\n" + result);
        assertTrue(all.indexOf(changed, first) > first, "the change, later\n" + result);
        assertTrue(all.contains(title), "the window's title\n" + result);
    }

    /** Compiles module {@code tapedeck.itapp.fx} (src/test/fxmodule) against the JavaFX modules. */
    static Path compileModularApp(Path out) {
        Path sources = Path.of(System.getProperty("tapedeck.it.fxModuleSources", "src/test/fxmodule"))
                .toAbsolutePath();
        ToolProvider javac =
                ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac in this JDK"));
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(messages, true, StandardCharsets.UTF_8);
        int exit = javac.run(
                print,
                print,
                "--module-source-path",
                sources.toString(),
                "--module-path",
                pathOf(javafxJars()),
                "--module",
                "tapedeck.itapp.fx",
                "-d",
                out.toString());
        assertEquals(0, exit, "javac failed:\n" + messages.toString(StandardCharsets.UTF_8));
        return out;
    }

    private static List<Path> testClassPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) entries.add(Path.of(entry));
        }
        return entries;
    }

    private static boolean hasModuleDescriptor(Path jar) {
        if (!jar.toString().endsWith(".jar")) return false;
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry("module-info.class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
