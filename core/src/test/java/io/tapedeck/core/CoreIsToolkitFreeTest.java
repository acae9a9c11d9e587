package io.tapedeck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Core must run where no toolkit exists: it may not touch java.desktop or JavaFX. */
class CoreIsToolkitFreeTest {
    private static final Pattern TOOLKIT = Pattern.compile("\\b(java\\.awt|javax\\.swing|javafx|java\\.beans)\\.");

    @Test
    void noCoreSourceMentionsAToolkitPackage() throws IOException {
        Path main = Paths.get("src/main/java");
        assertTrue(Files.isDirectory(main), "run from the core module directory");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> {
                        try {
                            return Files.readAllLines(p).stream()
                                    .anyMatch(l -> TOOLKIT.matcher(l).find() && l.startsWith("import"));
                        } catch (IOException e) {
                            throw new RuntimeException(e);
                        }
                    })
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
