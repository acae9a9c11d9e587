package io.tapedeck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The documentation sends a reader only to what the repository has: every relative link in a
 * Markdown file (README, docs/, module READMEs, CONTRIBUTING, CHANGELOG) opens a file that exists,
 * and no page points outside the repository's own tree.
 */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) dir = dir.getParent();
        assertNotNull(
                dir,
                "the repository root (with mvnw) not found above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.git)/.*"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void everyRelativeLinkInTheDocumentationOpensAFileOfTheRepository() throws IOException {
        Path root = repositoryRoot();
        List<String> broken = new ArrayList<>();
        List<Path> pages = markdownFiles(root);
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) continue;
                String path = target.replaceAll("#.*$", "");
                Path resolved = page.getParent().resolve(path).normalize();
                if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                    broken.add(root.relativize(page) + " → " + target);
                }
            }
        }
        assertEquals(List.of(), broken, "links to files the repository does not have");
        assertEquals(true, pages.size() > 10, "the documentation pages were found: " + pages);
    }

    @Test
    void noPageNamesAFileOutsideTheRepository() throws IOException {
        Path root = repositoryRoot();
        List<String> outside = new ArrayList<>();
        for (Path page : markdownFiles(root)) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("shared/design") || lines.get(i).contains("](../../")) {
                    outside.add(root.relativize(page) + ":" + (i + 1) + ": "
                            + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), outside);
    }
}
