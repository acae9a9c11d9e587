package io.tapedeck.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md and the README describe exactly the keys in {@link ConfigKeys}: both key
 * tables are generated, so neither drifts from the code or from the other.
 */
class ConfigDocsTest {
    private static final String REGENERATE =
            "; regenerate both tables with java -cp core/target/classes io.tapedeck.core.internal.config.ConfigDocs --write .";

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/configuration.md"))) dir = dir.getParent();
        assertNotNull(
                dir, "docs/configuration.md not found above " + Path.of("").toAbsolutePath());
        return dir;
    }

    private static String read(String file) throws IOException {
        return Files.readString(repositoryRoot().resolve(file));
    }

    @Test
    void everyKeyAndItsEnvironmentVariableAppearInTheDocs() throws IOException {
        String docs = read("docs/configuration.md");
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertTrue(
                    docs.contains("`" + key.property() + "`"), key.property() + " missing from docs/configuration.md");
            assertTrue(docs.contains("`" + key.envVar() + "`"), key.envVar() + " missing from docs/configuration.md");
        }
    }

    @Test
    void docsTableMatchesTheKeyDefinitions() throws IOException {
        String expected = ConfigDocs.referenceBlock();
        assertTrue(
                read("docs/configuration.md").contains(expected),
                "the key table in docs/configuration.md is out of date" + REGENERATE + "\nexpected:\n" + expected);
    }

    @Test
    void readmeTableMatchesTheKeyDefinitions() throws IOException {
        String expected = ConfigDocs.summaryBlock();
        assertTrue(
                read("README.md").contains(expected),
                "the key table in README.md is out of date" + REGENERATE + "\nexpected:\n" + expected);
    }

    @Test
    void readmeSummarisesEachMeaningByItsFirstSentence() {
        assertEquals("Record at all.", ConfigDocs.firstSentence("Record at all. `false` leaves the agent idle."));
        assertEquals(
                "Writes `DIR/<id>.ndjson` there.", ConfigDocs.firstSentence("Writes `DIR/<id>.ndjson` there. More."));
        assertEquals("No full stop", ConfigDocs.firstSentence("No full stop"));
    }

    @Test
    void rewritingReplacesOnlyTheGeneratedBlock() {
        String text = "intro\n<!--b-->\nold\n<!--e-->\noutro\n";
        assertEquals("intro\nNEW\noutro\n", ConfigDocs.replaceBlock(text, "<!--b-->", "<!--e-->", "NEW", "f"));
    }
}
