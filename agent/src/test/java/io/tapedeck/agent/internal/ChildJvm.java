package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A JVM started by a test, as a user would start their app: its own {@code java}, class path,
 * flags and main class. Output goes to files (never a pipe that can fill up and stall the child).
 * The child inherits DISPLAY from the test JVM, but no {@code TAPEDECK_*} variable: each test says
 * exactly which settings it means.
 */
final class ChildJvm {
    /** The packaged agent jar (set by Failsafe; the fallback helps running one IT from an IDE). */
    static Path agentJar() {
        return Path.of(System.getProperty("tapedeck.it.agentJar", "target/tapedeck-agent.jar"))
                .toAbsolutePath();
    }

    /** The test apps the children run ({@code io.tapedeck.agent.itapps}), and nothing else. */
    static Path testClasses() {
        try {
            return Path.of(ChildJvm.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code file:///DIR}, the destination setting for a session directory. */
    static String fileUrl(Path dir) {
        return "file://" + dir.toAbsolutePath();
    }

    private final Path javaHome;
    private final Path workDir;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> classPath = new ArrayList<>();
    private String mainClass;
    /** Non-null: the main class is in this module ({@code --module M/C}). */
    private String mainModule;

    private final List<String> appArgs = new ArrayList<>();

    private ChildJvm(Path javaHome, Path workDir) {
        this.javaHome = javaHome;
        this.workDir = workDir;
    }

    /** A child of the same Java as the test; its output files go into {@code workDir}. */
    static ChildJvm in(Path workDir) {
        return using(Path.of(System.getProperty("java.home")), workDir);
    }

    static ChildJvm using(Path javaHome, Path workDir) {
        return new ChildJvm(javaHome, workDir);
    }

    ChildJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    ChildJvm withAgent(String agentArgs) {
        return jvmArg("-javaagent:" + agentJar() + (agentArgs == null ? "" : "=" + agentArgs));
    }

    ChildJvm classPath(Path entry) {
        classPath.add(entry.toString());
        return this;
    }

    ChildJvm main(Class<?> main, String... args) {
        this.mainClass = main.getName();
        appArgs.addAll(List.of(args));
        return this;
    }

    /** A main class that is not on the test's class path (compiled by the test itself). */
    ChildJvm mainNamed(String mainClass, String... args) {
        this.mainClass = mainClass;
        appArgs.addAll(List.of(args));
        return this;
    }

    /** Runs {@code --module module/mainClass}; the module path is up to {@link #jvmArg}. */
    ChildJvm mainInModule(String module, String mainClass, String... args) {
        this.mainModule = module;
        this.mainClass = mainClass;
        appArgs.addAll(List.of(args));
        return this;
    }

    Running start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin").resolve("java").toString());
        command.addAll(jvmArgs);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath));
        }
        if (mainModule != null) {
            command.add("--module");
            command.add(mainModule + "/" + mainClass);
        } else {
            command.add(mainClass);
        }
        command.addAll(appArgs);
        return Running.start(command, workDir, mainClass.substring(mainClass.lastIndexOf('.') + 1));
    }

    /** Runs {@code java -jar tapedeck-agent.jar ARGS} (the attach command) to completion. */
    static Result runAgentJar(Path workDir, Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(agentJar().toString());
        command.addAll(List.of(args));
        return Running.start(command, workDir, "attach-command").awaitExit(timeout);
    }

    static final class Running {
        private final Process process;
        private final Path stdout;
        private final Path stderr;

        private Running(Process process, Path stdout, Path stderr) {
            this.process = process;
            this.stdout = stdout;
            this.stderr = stderr;
        }

        static Running start(List<String> command, Path workDir, String name) throws IOException {
            Files.createDirectories(workDir);
            Path out = workDir.resolve(name + ".stdout.txt");
            Path err = workDir.resolve(name + ".stderr.txt");
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("TAPEDECK_"));
            return new Running(builder.start(), out, err);
        }

        long pid() {
            return process.pid();
        }

        OutputStream stdin() {
            return process.getOutputStream();
        }

        /** Waits for a line of standard output matching {@code wanted}; fails on exit or timeout. */
        String awaitStdout(Predicate<String> wanted, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (String line : lines(stdout)) {
                    if (wanted.test(line)) return line;
                }
                if (!process.isAlive()) break;
                Thread.sleep(50);
            }
            return fail("child printed no such line within " + timeout + "\n" + describe());
        }

        /** Waits for exit; a child still running after {@code timeout} is killed and fails the test. */
        Result awaitExit(Duration timeout) throws Exception {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                fail("child did not exit within " + timeout + " (hung?)\n" + describe());
            }
            return new Result(process.exitValue(), lines(stdout), lines(stderr));
        }

        void kill() {
            process.destroyForcibly();
        }

        private String describe() {
            return "--- stdout ---\n" + String.join("\n", lines(stdout)) + "\n--- stderr ---\n"
                    + String.join("\n", lines(stderr));
        }
    }

    /** What a finished child left behind. */
    record Result(int exitCode, List<String> stdout, List<String> stderr) {
        /** Lines Tapedeck wrote ({@code [tapedeck] LEVEL ...}); the JVM's own warnings are not ours. */
        List<String> tapedeckLines() {
            return stderr.stream().filter(l -> l.startsWith("[tapedeck]")).collect(Collectors.toList());
        }

        /** Tapedeck's ERROR and WARN lines: what a healthy run must not have. */
        List<String> tapedeckProblems() {
            return tapedeckLines().stream()
                    .filter(l -> l.startsWith("[tapedeck] ERROR") || l.startsWith("[tapedeck] WARN"))
                    .collect(Collectors.toList());
        }

        /** The value of the first {@code name=value} line on standard output. */
        String printed(String name) {
            return stdout.stream()
                    .filter(l -> l.startsWith(name + "="))
                    .map(l -> l.substring(name.length() + 1))
                    .findFirst()
                    .orElseGet(() -> fail("child printed no " + name + "=...\n" + this));
        }

        void assertExitedNormally() {
            assertTrue(exitCode == 0 && stdout.contains("app done"), "child did not finish normally\n" + this);
        }

        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + String.join("\n", stdout) + "\n--- stderr ---\n"
                    + String.join("\n", stderr);
        }
    }

    /** Session files ({@code *.ndjson}) in {@code dir}; none if it does not exist. */
    static List<Path> sessionFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ndjson"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of("<unreadable: " + e + ">");
        }
    }
}
