package io.tapedeck.core.internal.session;

import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The device id kept in {@code <dataDir>/device-id}: a random UUID created the first time and
 * read back ever after, so every session from one user account on one machine shares it.
 *
 * <p>Creating it is atomic: the id is written to a temporary file which is then hard-linked to
 * its final name (fails if another process got there first, and we then read theirs), or moved
 * there where hard links are unsupported. A reader never sees a half-written id.
 *
 * <p>Never fails: if the directory cannot be used, a random id kept in memory for this process
 * (one per directory) stands in, with a single warning.
 */
public final class DeviceIdStore {
    /** File name inside the data directory. */
    public static final String FILE_NAME = "device-id";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final long MAX_FILE_BYTES = 1024;
    private static final Map<Path, String> inMemoryIds = new ConcurrentHashMap<>();

    private DeviceIdStore() {}

    /** The id persisted in {@code dataDir}, creating it if needed. */
    public static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Optional<String> existing = read(file);
            if (existing.isPresent()) return existing.get();
            boolean replace = Files.exists(file); // present but unusable
            if (replace) Log.warn("the device id in " + file + " is malformed; replacing it with a new one");
            Files.createDirectories(dataDir);
            publish(file, UUID.randomUUID().toString(), replace);
            return read(file).orElseThrow(() -> new IOException("the device id could not be read back"));
        } catch (IOException | RuntimeException e) {
            Log.warnOnce(
                    "device-id " + dataDir,
                    "cannot keep the device id in " + file + " (" + describe(e)
                            + "); using a temporary id for this process");
            return inMemoryIds.computeIfAbsent(
                    dataDir.toAbsolutePath(), d -> UUID.randomUUID().toString());
        }
    }

    private static Optional<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE_BYTES) return Optional.empty();
        String id = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
        return VALID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    private static void publish(Path file, String id, boolean replace) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME + "-", ".tmp");
        try {
            Files.write(temp, (id + "\n").getBytes(StandardCharsets.UTF_8));
            if (!replace) {
                try {
                    Files.createLink(file, temp);
                    return;
                } catch (FileAlreadyExistsException raceLost) {
                    return; // another process created it first; the caller reads theirs
                } catch (UnsupportedOperationException | IOException noHardLinks) {
                    // fall through to a move
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
