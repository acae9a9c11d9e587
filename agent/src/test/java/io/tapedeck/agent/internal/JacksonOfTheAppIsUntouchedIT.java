package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.agent.itapps.JacksonApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agent jar hides its own Jackson: an app that ships a different Jackson keeps seeing (and
 * using) its own, while the agent records with the one inside its jar. Run on every JDK we have.
 */
class JacksonOfTheAppIsUntouchedIT {
    static Path appJackson() {
        return Path.of(System.getProperty("tapedeck.it.appJackson", "target/it-libs/jackson-core-2.12.7.jar"));
    }

    /**
     * The build JDK, plus another one when installed: {@code -Dtapedeck.it.otherJdk=DIR}, or else
     * the newest JDK of another major version installed beside the build JDK (as on Debian, where
     * every JDK lives under {@code /usr/lib/jvm}).
     */
    static Stream<Path> javaHomes() {
        List<Path> homes = new ArrayList<>();
        Path buildJdk = Path.of(System.getProperty("java.home"));
        homes.add(buildJdk);
        String other = System.getProperty("tapedeck.it.otherJdk", "");
        if (!other.isBlank()) {
            if (Files.isExecutable(Path.of(other, "bin", "java"))) homes.add(Path.of(other));
        } else {
            newestOtherJdkBeside(buildJdk).ifPresent(homes::add);
        }
        return homes.stream();
    }

    private static java.util.Optional<Path> newestOtherJdkBeside(Path buildJdk) {
        int buildMajor = Runtime.version().feature();
        try (Stream<Path> siblings = Files.list(buildJdk.toAbsolutePath().getParent())) {
            return siblings.filter(
                            home -> Files.isExecutable(home.resolve("bin").resolve("java")))
                    .filter(home -> majorVersion(home) > 0 && majorVersion(home) != buildMajor)
                    .max(java.util.Comparator.comparingInt(JacksonOfTheAppIsUntouchedIT::majorVersion));
        } catch (java.io.IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** The feature version from a JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"}); 0 when unknown. */
    private static int majorVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)")
                        .matcher(line);
                if (m.find()) return Integer.parseInt(m.group(1));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no release file: not a JDK we can tell
        }
        return 0;
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("javaHomes")
    void anAppWithItsOwnOlderJacksonRunsUnchangedWhileBeingRecorded(Path javaHome, @TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm.Result result = AgentJvm.using(javaHome, tmp)
                .javaAgent(
                        AgentJvm.agentJar(),
                        "serverUrl=" + AgentJvm.fileUrl(sessions) + ",dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .classPath(appJackson())
                .main(JacksonApp.class, "1500", "await-recording")
                .start()
                .awaitExit(Duration.ofSeconds(60));

        result.assertExitedNormally();
        assertTrue(result.printed("jackson").startsWith("2.12."), "the app sees its own Jackson\n" + result);
        assertTrue(result.printed("jacksonFrom").endsWith("jackson-core-2.12.7.jar"), result.toString());
        assertEquals("42", result.printed("parsed"), "the app's Jackson works\n" + result);
        assertEquals(List.of(), result.tapedeckProblems(), "no error or warning from the agent\n" + result);

        List<Path> files = ChildJvm.sessionFiles(sessions);
        assertEquals(1, files.size(), "one session file\n" + result);
        assertEquals(SessionFile.META, SessionFile.firstEventType(files.get(0)));
    }

    @Test
    void theAgentJarCarriesNoClassOutsideTapedecksOwnPackages() throws Exception {
        try (JarFile jar = new JarFile(AgentJvm.agentJar().toFile())) {
            List<String> foreign = jar.stream()
                    .map(e -> e.getName())
                    .filter(name -> name.endsWith(".class") && !name.startsWith("io/tapedeck/"))
                    .collect(Collectors.toList());
            assertEquals(List.of(), foreign);
            assertTrue(
                    jar.getEntry("io/tapedeck/shaded/jackson/core/JsonFactory.class") != null,
                    "Jackson is inside, relocated");
            // The uploader and its libraries are not classes of the agent jar: they ride along as
            // one nested jar, loaded in a class loader of its own (UploaderOfTheAppIsUntouchedIT).
            List<String> uploaderClasses = jar.stream()
                    .map(e -> e.getName())
                    .filter(name -> name.startsWith("io/tapedeck/uploader/"))
                    .collect(Collectors.toList());
            assertEquals(List.of(), uploaderClasses);
            assertTrue(jar.getEntry(UploaderJar.RESOURCE) != null, "the nested uploader jar is inside");
        }
    }

    @Test
    void theNestedUploaderJarHoldsTheUploaderAndAllItsLibraries(@TempDir Path tmp) throws Exception {
        Path nested = tmp.resolve("uploader.jar");
        try (JarFile jar = new JarFile(AgentJvm.agentJar().toFile())) {
            Files.copy(jar.getInputStream(jar.getEntry(UploaderJar.RESOURCE)), nested);
        }
        try (JarFile jar = new JarFile(nested.toFile())) {
            for (String entry : List.of(
                    "io/tapedeck/uploader/internal/Uploader.class",
                    "com/github/luben/zstd/Zstd.class",
                    "org/apache/hc/client5/http/impl/classic/HttpClients.class",
                    "org/apache/hc/core5/http/HttpHost.class",
                    "org/slf4j/LoggerFactory.class",
                    "org/slf4j/nop/NOPServiceProvider.class",
                    "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")) {
                assertTrue(jar.getEntry(entry) != null, entry + " is in the nested jar");
            }
            assertTrue(
                    jar.stream().anyMatch(e -> e.getName().startsWith("linux/amd64/libzstd-jni-")),
                    "zstd-jni's native library is in the nested jar");
        }
    }
}
