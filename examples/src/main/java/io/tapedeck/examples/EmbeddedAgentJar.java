package io.tapedeck.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The Tapedeck agent jar that travels inside the demo jar ({@value #RESOURCE}, copied there by
 * the build), so the demo works wherever the demo jar is, without a source tree next to it.
 * A {@code -javaagent} needs a file: it is unpacked once to {@code DIR/tapedeck-agent-<hash>.jar},
 * named by its content, so a rebuilt agent never runs from a stale copy.
 */
final class EmbeddedAgentJar {
    static final String RESOURCE = "/demo/tapedeck-agent.jar";

    private EmbeddedAgentJar() {}

    static Path unpackInto(Path dir) throws IOException {
        byte[] jar;
        try (InputStream in = EmbeddedAgentJar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not in the demo jar (build it with ./mvnw install)");
            }
            jar = in.readAllBytes();
        }
        Path target = dir.resolve("tapedeck-agent-" + sha256(jar).substring(0, 16) + ".jar");
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), jar)) {
            return target;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tapedeck-agent-", ".tmp");
        try {
            Files.write(temp, jar);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
