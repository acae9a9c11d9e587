package io.tapedeck.agent.internal;

import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The class loader of the uploader, created once per JVM.
 *
 * <p>The uploader and its libraries (zstd-jni, httpclient5, slf4j with a silent provider) travel
 * inside the agent jar as one nested jar, {@value #RESOURCE}. They cannot be relocated like
 * Jackson (zstd-jni's native methods are bound by their class names), so instead they live in a
 * loader of their own whose parent is the <em>platform</em> loader: the app's classes never see
 * them, and they never see the app's (an app with its own zstd-jni, httpclient or slf4j keeps
 * exactly its versions, and so do we).
 *
 * <p>A URLClassLoader needs a file, so the nested jar is copied once to
 * {@code <dataDir>/lib/uploader-<sha256 prefix>.jar} (or the temp directory when the data
 * directory is not writable). The name is the content's hash, so a new agent version gets a
 * new file, and an existing file is used only when its content still has that hash.
 */
final class UploaderJar {
    static final String RESOURCE = "META-INF/tapedeck/uploader.jar";
    private static final int HASH_CHARS = 16;

    private static ClassLoader loader;

    private UploaderJar() {}

    /**
     * @throws IllegalStateException with a one-line reason when the jar is missing or cannot be written
     */
    static synchronized ClassLoader loader(Path dataDir) {
        if (loader == null) {
            Path jar = extract(dataDir);
            try {
                loader = new URLClassLoader(
                        "tapedeck-uploader", new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            } catch (MalformedURLException e) {
                throw new IllegalStateException("cannot load the uploader from " + jar + ": " + e.getMessage());
            }
            Log.debug("uploader loaded in its own class loader from " + jar);
        }
        return loader;
    }

    private static Path extract(Path dataDir) {
        byte[] content = readResource();
        String name = "uploader-" + sha256(content).substring(0, HASH_CHARS) + ".jar";
        IOException first = null;
        for (Path dir : new Path[] {dataDir.resolve("lib"), tempLibDir()}) {
            try {
                return writeUnlessPresent(dir, name, content);
            } catch (IOException | RuntimeException e) {
                if (first == null) first = e instanceof IOException ? (IOException) e : new IOException(e);
            }
        }
        throw new IllegalStateException(
                "cannot unpack the uploader into " + dataDir.resolve("lib") + " or the temp directory: " + first);
    }

    private static Path tempLibDir() {
        return Paths.get(
                System.getProperty("java.io.tmpdir"), "tapedeck-" + System.getProperty("user.name", "user"), "lib");
    }

    private static Path writeUnlessPresent(Path dir, String name, byte[] content) throws IOException {
        Path target = dir.resolve(name);
        if (Files.isRegularFile(target) && hasContent(target, content)) return target;
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".uploader-", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (FileAlreadyExistsException e) {
                // Another JVM of the same agent won the race with the same bytes.
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** A file left by an earlier run counts only when it is byte for byte ours (not truncated, not replaced). */
    private static boolean hasContent(Path file, byte[] content) {
        try {
            return Files.size(file) == content.length && MessageDigest.isEqual(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readResource() {
        try (InputStream in = UploaderJar.class.getClassLoader() == null
                ? ClassLoader.getSystemResourceAsStream(RESOURCE)
                : UploaderJar.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "uploading needs the packaged tapedeck-agent.jar (" + RESOURCE + " is not on the class path)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + " from the agent jar: " + e.getMessage());
        }
    }

    private static String sha256(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            StringBuilder hex = new StringBuilder();
            for (byte b : digest)
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
