package io.tapedeck.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tapedeck.testing.ChildJvm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it: {@code java -jar tapedeck-collector.jar ...}. */
class CollectorJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

    @TempDir
    Path temp;

    /** {@code java -jar tapedeck-collector.jar ARGS}, its output files under the test's directory. */
    private ChildJvm collectorJar(String... args) {
        Path jar = Path.of(System.getProperty("tapedeck.collectorJar", "target/tapedeck-collector.jar"));
        assertTrue(Files.isRegularFile(jar), "build the jar first: " + jar);
        return ChildJvm.in(temp.resolve("jvm")).jar(jar, args);
    }

    @Test
    void aBadArgumentPrintsOneLineAndExitsWith2() throws Exception {
        ChildJvm.Result result =
                collectorJar("--data", temp.toString(), "--port", "eighty").run(Duration.ofSeconds(60));
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of(), result.stdout());
        assertEquals(List.of("tapedeck-collector: --port eighty: expected a whole number"), result.stderr());
    }

    @Test
    void theJarServesUploadsAndTheViewer() throws Exception {
        ChildJvm.Running collector = collectorJar(
                        "--port", "0", "--data", temp.resolve("data").toString(), "--api-key", CollectorFixture.API_KEY)
                .start();
        try {
            String line = collector.awaitStdout(l -> LISTENING.matcher(l).find(), Duration.ofSeconds(60));
            assertEquals(line, collector.stdout().get(0), "the address is the first line");
            Matcher m = LISTENING.matcher(line);
            assertTrue(m.find());
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
            // awaitExit fails the test if the collector does not stop on SIGTERM.
            collector.stop(Duration.ofSeconds(30));
        }
    }
}
