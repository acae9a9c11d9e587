package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it: {@code java -jar tapedeck-collector.jar ...}. */
class CollectorJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path temp;

    private static ProcessBuilder java(String... args) {
        Path jar = Paths.get(System.getProperty("tapedeck.collectorJar", "target/tapedeck-collector.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        List<String> command =
                new java.util.ArrayList<>(List.of(System.getProperty("tapedeck.java", "java"), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    @Test
    void aBadArgumentPrintsOneLineAndExitsWith2() throws Exception {
        Process p = java("--data", temp.toString(), "--port", "eighty")
                .redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), output);
        assertEquals("tapedeck-collector: --port eighty: expected a whole number\n", output);
    }

    @Test
    void theJarServesUploadsAndTheViewer() throws Exception {
        Process p = java(
                        "--port", "0", "--data", temp.resolve("data").toString(), "--api-key", CollectorFixture.API_KEY)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = LISTENING.matcher(String.valueOf(line));
            assertTrue(m.find(), "unexpected first line: " + line);
            String base = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest put = HttpRequest.newBuilder(URI.create(base + "/v1/sessions/jar-test/42/batches/0"))
                    .header("Authorization", "Bearer " + CollectorFixture.API_KEY)
                    .header("Content-Encoding", "zstd")
                    .header("Tapedeck-Dictionary", io.tapedeck.uploader.protocol.Dictionaries.current())
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(CollectorFixture.compressed(TestEvents.session(42))))
                    .build();
            assertEquals(
                    201, http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode());
            String list = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/api/sessions"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(list.contains("\"jar-test/42\""), list);
            String index = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            assertTrue(index.contains("Tapedeck"), index);
            assertTrue(Files.isRegularFile(temp.resolve("data/jar-test/42/0.ndjson")));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the collector must stop on SIGTERM");
        }
    }
}
