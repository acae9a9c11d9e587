package io.tapedeck.testing;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * A JVM started by a test, as a user would start their app: the test JVM's own {@code java}
 * ({@code java.home}), a class path or a jar, flags and a main class. Its standard output and
 * standard error go to files in a work directory (never a pipe that can fill up and stall the
 * child), and are read back from there. A child that outlives its timeout is killed with
 * everything it started, and the failure says what it printed. The child inherits the test's
 * environment but no {@code TAPEDECK_*} variable: each test says exactly which settings it means.
 */
public final class ChildJvm {
    private final Path javaHome;
    private final Path workDir;
    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> classPath = new ArrayList<>();
    private final List<String> appArgs = new ArrayList<>();
    private String name;
    private String mainClass;
    /** Non-null: the main class is in this module ({@code --module M/C}). */
    private String mainModule;
    /** Non-null: {@code -jar} this. */
    private Path jar;

    private boolean display;
    private boolean echo;

    private ChildJvm(Path javaHome, Path workDir) {
        this.javaHome = javaHome;
        this.workDir = workDir;
    }

    /** A child of the same Java as the test; its output files go into {@code workDir}. */
    public static ChildJvm in(Path workDir) {
        return using(Path.of(System.getProperty("java.home")), workDir);
    }

    /** A child of the Java installed at {@code javaHome}; its output files go into {@code workDir}. */
    public static ChildJvm using(Path javaHome, Path workDir) {
        return new ChildJvm(javaHome, workDir);
    }

    /** Names the output files ({@code NAME.stdout.txt}) and the echoed lines; else the main class's or jar's name. */
    public ChildJvm named(String name) {
        this.name = name;
        return this;
    }

    public ChildJvm jvmArg(String arg) {
        jvmArgs.add(arg);
        return this;
    }

    public ChildJvm jvmArgs(List<String> args) {
        jvmArgs.addAll(args);
        return this;
    }

    /** {@code -javaagent:JAR=OPTIONS} ({@code OPTIONS} may be null: none). */
    public ChildJvm javaAgent(Path agentJar, String options) {
        return jvmArg("-javaagent:" + agentJar + (options == null ? "" : "=" + options));
    }

    public ChildJvm classPath(Path entry) {
        classPath.add(entry.toString());
        return this;
    }

    /** Class path entries, joined with the platform's separator already. */
    public ChildJvm classPath(String entries) {
        classPath.add(entries);
        return this;
    }

    public ChildJvm main(Class<?> main, String... args) {
        return main(main.getName(), args);
    }

    public ChildJvm main(String className, String... args) {
        this.mainClass = className;
        appArgs.addAll(List.of(args));
        return this;
    }

    /** Runs {@code --module module/mainClass}; the module path is up to {@link #jvmArg}. */
    public ChildJvm mainInModule(String module, String mainClass, String... args) {
        this.mainModule = module;
        return main(mainClass, args);
    }

    /** Runs {@code -jar jar ARGS}. */
    public ChildJvm jar(Path jar, String... args) {
        this.jar = jar;
        appArgs.addAll(List.of(args));
        return this;
    }

    /**
     * The child opens windows: when the test JVM has no {@code DISPLAY} (started outside the
     * build, from an IDE on a headless machine), it is started by {@code tools/display-jvm/bin/java},
     * which gives it a private Xvfb. Under the build the test JVM has one and the child shares it.
     */
    public ChildJvm withDisplay() {
        this.display = true;
        return this;
    }

    /** Prints the child's output, each line prefixed with its name, once it is over: a suite's log shows what ran. */
    public ChildJvm echo() {
        this.echo = true;
        return this;
    }

    public Running start() throws IOException {
        String java = javaHome.resolve("bin").resolve("java").toString();
        List<String> command = new ArrayList<>();
        Path launcher = display && System.getenv("DISPLAY") == null ? DisplayLauncher.find() : null;
        command.add(launcher != null ? launcher.toString() : java);
        command.addAll(jvmArgs);
        if (!classPath.isEmpty()) {
            command.add("-cp");
            command.add(String.join(File.pathSeparator, classPath));
        }
        String shortName;
        if (jar != null) {
            command.add("-jar");
            command.add(jar.toString());
            shortName = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        } else if (mainClass == null) {
            throw new IllegalStateException("no main class and no jar");
        } else {
            command.add(mainModule != null ? "--module" : mainClass);
            if (mainModule != null) command.add(mainModule + "/" + mainClass);
            shortName = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        }
        command.addAll(appArgs);
        String fileName = name != null ? name : shortName;
        Files.createDirectories(workDir);
        Path out = workDir.resolve(fileName + ".stdout.txt");
        Path err = workDir.resolve(fileName + ".stderr.txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("TAPEDECK_"));
        if (launcher != null) env.put("TD_BUILD_TEST_JAVA", java);
        return new Running(builder.start(), fileName, out, err, echo);
    }

    /** Starts the child and waits for it to exit; see {@link Running#awaitExit}. */
    public Result run(Duration timeout) throws IOException, InterruptedException {
        return start().awaitExit(timeout);
    }

    /** A child that is running (or was). */
    public static final class Running {
        private final Process process;
        private final String name;
        private final Path stdout;
        private final Path stderr;
        private final boolean echo;
        private boolean echoed;

        private Running(Process process, String name, Path stdout, Path stderr, boolean echo) {
            this.process = process;
            this.name = name;
            this.stdout = stdout;
            this.stderr = stderr;
            this.echo = echo;
        }

        public long pid() {
            return process.pid();
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        public OutputStream stdin() {
            return process.getOutputStream();
        }

        /** Standard output so far. */
        public List<String> stdout() {
            return lines(stdout);
        }

        /** Standard error so far. */
        public List<String> stderr() {
            return lines(stderr);
        }

        /** Waits for a line of standard output matching {@code wanted}; fails on exit or timeout. */
        public String awaitStdout(Predicate<String> wanted, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                boolean alive = process.isAlive();
                for (String line : lines(stdout)) {
                    if (wanted.test(line)) return line;
                }
                if (!alive) break;
                Thread.sleep(50);
            }
            throw new AssertionError(name + " printed no such line within " + timeout + " (alive: " + process.isAlive()
                    + ")\n" + describe());
        }

        /**
         * Waits for exit; a child still running after {@code timeout} is killed with everything it
         * started, and fails the test with what it printed.
         */
        public Result awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw new AssertionError(name + " did not exit within " + timeout + " (hung?)\n" + describe());
            }
            return result();
        }

        /** SIGKILL to the child and everything it started: no shutdown hook, no last flush. */
        public Result kill() throws InterruptedException {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return result();
        }

        /** SIGTERM, as Ctrl-C would: shutdown hooks run; then as {@link #awaitExit}. */
        public Result stop(Duration timeout) throws InterruptedException {
            process.destroy();
            return awaitExit(timeout);
        }

        private Result result() {
            Result result = new Result(process.isAlive() ? -1 : process.exitValue(), lines(stdout), lines(stderr));
            if (echo && !echoed) {
                echoed = true;
                for (String line : result.stdout) System.out.println("[" + name + "] " + line);
                for (String line : result.stderr) System.out.println("[" + name + " err] " + line);
            }
            return result;
        }

        private String describe() {
            return "--- stdout ---\n" + String.join("\n", lines(stdout)) + "\n--- stderr ---\n"
                    + String.join("\n", lines(stderr));
        }
    }

    /** What a finished child left behind: its exit code (-1 while it runs) and its output, line by line. */
    public record Result(int exitCode, List<String> stdout, List<String> stderr) {
        public Result {
            stdout = List.copyOf(stdout);
            stderr = List.copyOf(stderr);
        }

        /** Standard output, then standard error, as text. */
        public String output() {
            return String.join("\n", stdout) + "\n" + String.join("\n", stderr);
        }

        /** Lines Tapedeck wrote ({@code [tapedeck] LEVEL ...}); the JVM's own warnings are not ours. */
        public List<String> tapedeckLines() {
            return stderr.stream().filter(l -> l.startsWith("[tapedeck]")).collect(Collectors.toList());
        }

        /** Tapedeck's ERROR and WARN lines: what a healthy run must not have. */
        public List<String> tapedeckProblems() {
            return tapedeckLines().stream()
                    .filter(l -> l.startsWith("[tapedeck] ERROR") || l.startsWith("[tapedeck] WARN"))
                    .collect(Collectors.toList());
        }

        /** The value of the first {@code name=value} line on standard output. */
        public String printed(String name) {
            return stdout.stream()
                    .filter(l -> l.startsWith(name + "="))
                    .map(l -> l.substring(name.length() + 1))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("child printed no " + name + "=...\n" + this));
        }

        /** Exit code 0 and the test apps' last line, {@code app done}. */
        public void assertExitedNormally() {
            if (exitCode != 0 || !stdout.contains("app done")) {
                throw new AssertionError("child did not finish normally\n" + this);
            }
        }

        @Override
        public String toString() {
            return "exit code " + exitCode + "\n--- stdout ---\n" + String.join("\n", stdout) + "\n--- stderr ---\n"
                    + String.join("\n", stderr);
        }
    }

    /** Session files ({@code *.ndjson}) anywhere under {@code dir}, sorted; none if it does not exist. */
    public static List<Path> sessionFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ndjson"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a class was loaded from (the test classes, a dependency's jar): a class path entry. */
    public static Path locationOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("no location for " + type, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of("<unreadable: " + e + ">");
        }
    }

    /** {@code tools/display-jvm/bin/java}: given with -Dtapedeck.displayJvm, or found above the working directory. */
    private static final class DisplayLauncher {
        static Path find() {
            String given = System.getProperty("tapedeck.displayJvm", "");
            if (!given.isBlank()) return Path.of(given);
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                Path launcher = dir.resolve("tools/display-jvm/bin/java");
                if (Files.isExecutable(launcher)) return launcher;
            }
            return null;
        }
    }
}
