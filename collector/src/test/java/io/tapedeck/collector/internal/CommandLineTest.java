package io.tapedeck.collector.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path temp;

    private String problem(String... args) {
        return assertThrows(CommandLine.UsageException.class, () -> CommandLine.parse(args))
                .getMessage();
    }

    @Test
    void aBadArgumentIsOneLineNamingTheOptionAndTheValue() throws Exception {
        String data = temp.toString();
        assertEquals("--port abc: expected a whole number", problem("--data", data, "--port", "abc"));
        assertEquals(
                "--port 70000: expected a whole number from 0 to 65535", problem("--data", data, "--port", "70000"));
        assertEquals("--retention-days 0: must be at least 1", problem("--data", data, "--retention-days", "0"));
        assertEquals(
                "--max-request-bytes -5: must be at least 1", problem("--data", data, "--max-request-bytes", "-5"));
        assertEquals(
                "--max-decompressed-bytes 2000000000: must be from 1 to 1073741824",
                problem("--data", data, "--max-decompressed-bytes", "2000000000"));
        assertEquals("--api-key needs a value", problem("--data", data, "--api-key"));
        assertEquals("--api-key needs a non-empty value", problem("--data", data, "--api-key", " "));
        assertTrue(problem("--data", data, "--colour", "red").startsWith("unknown option --colour"));
        assertEquals("--data DIR is required (where sessions are stored)", problem("--port", "1"));
        assertEquals("--config nope.properties: no such file", problem("--data", data, "--config", "nope.properties"));
        Path bad = Files.writeString(temp.resolve("bad.properties"), "key.k.sampleRate=lots\n");
        assertTrue(
                problem("--data", data, "--config", bad.toString()).contains("key.k.sampleRate=lots is not a number"));
        Path typo = Files.writeString(temp.resolve("typo.properties"), "key.k.sampelRate=0.5\n");
        assertTrue(problem("--data", data, "--config", typo.toString()).contains("unknown setting 'sampelRate'"));
        Path range = Files.writeString(temp.resolve("range.properties"), "key.k.sampleRate=2\n");
        assertTrue(problem("--data", data, "--config", range.toString()).contains("between 0 and 1"));
        for (String message : new String[] {problem("--port", "x", "--data", data)}) {
            assertTrue(!message.contains("\n"), message);
        }
    }

    @Test
    void goodArgumentsBuildACollector() throws Exception {
        Path config = Files.writeString(temp.resolve("c.properties"), "key.k1.sampleRate=0.5\n");
        assertNotNull(CommandLine.parse(new String[] {
            "--port",
            "0",
            "--data",
            temp.toString(),
            "--api-key",
            "a",
            "--api-key=b",
            "--bind",
            "127.0.0.1",
            "--retention-days",
            "30",
            "--config",
            config.toString(),
            "--max-request-bytes",
            "1000",
            "--max-decompressed-bytes",
            "100000"
        }));
    }
}
