package io.tapedeck.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md must describe exactly the keys in {@link ConfigKeys}. */
class ConfigDocsTest {
    private static String docs() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/configuration.md"))) dir = dir.getParent();
        assertNotNull(dir, "docs/configuration.md not found above " + Path.of("").toAbsolutePath());
        return Files.readString(dir.resolve("docs/configuration.md"));
    }

    @Test
    void everyKeyAndItsEnvironmentVariableAppearInTheDocs() throws IOException {
        String docs = docs();
        for (ConfigKey<?> key : ConfigKeys.ALL) {
            assertTrue(docs.contains("`" + key.property() + "`"), key.property() + " missing from docs/configuration.md");
            assertTrue(docs.contains("`" + key.envVar() + "`"), key.envVar() + " missing from docs/configuration.md");
        }
    }

    @Test
    void docsTableMatchesTheKeyDefinitions() throws IOException {
        String expected = ConfigDocs.BEGIN + "\n" + ConfigDocs.markdownTable() + ConfigDocs.END;
        assertTrue(docs().contains(expected), "the key table in docs/configuration.md is out of date; regenerate it with"
                + " java -cp core/target/classes io.tapedeck.core.internal.config.ConfigDocs\nexpected:\n" + expected);
    }
}
