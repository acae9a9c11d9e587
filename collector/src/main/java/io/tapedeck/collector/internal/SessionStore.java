package io.tapedeck.collector.internal;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sessions on disk: {@code DIR/<deviceId>/<sessionId>/<batchId>.ndjson} plus
 * {@code session.json} (a {@link SessionIndex}). Paths are built only from ids that passed
 * {@link Protocol}'s checks, and checked once more to lie under DIR.
 *
 * <p>A batch is written to a hidden temp file in its session directory, forced to disk and
 * renamed atomically into place, so a crash leaves the whole batch or none. Everything that
 * changes a session holds that session's lock (striped: a fixed set of locks, picked by the
 * session's hash), so concurrent senders never lose or double-count a batch.
 */
final class SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
    private static final String TEMP_SUFFIX = ".tmp";

    private final Path root;
    private final ReentrantLock[] locks = new ReentrantLock[256];

    SessionStore(Path root) throws IOException {
        Files.createDirectories(root);
        this.root = root.toRealPath();
        for (int i = 0; i < locks.length; i++) locks[i] = new ReentrantLock();
    }

    Path root() {
        return root;
    }

    /** Identity of one stored session; both parts already validated. */
    record SessionKey(String deviceId, String sessionId) {
        /**
         * @throws IllegalArgumentException when either id breaks the protocol's rules
         */
        static SessionKey of(String deviceId, String sessionId) {
            if (!Protocol.isValidDeviceId(deviceId)) {
                throw new IllegalArgumentException(
                        "invalid deviceId (1-64 of A-Z a-z 0-9 . _ -, not starting with '.')");
            }
            if (!Protocol.isValidSessionId(sessionId)) {
                throw new IllegalArgumentException("invalid sessionId (1-19 decimal digits)");
            }
            return new SessionKey(deviceId, Long.toString(Long.parseLong(sessionId)));
        }

        String replayId() {
            return deviceId + "/" + sessionId;
        }
    }

    /**
     * Stores a validated batch unless it is already stored.
     *
     * @return true when stored now, false when it was already there (a retry)
     */
    boolean store(SessionKey key, BatchId batchId, byte[] ndjson, BatchSummary summary, long droppedBatches)
            throws IOException {
        Path dir = sessionDir(key);
        ReentrantLock lock = lockOf(key);
        lock.lock();
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(BatchNames.fileName(batchId));
            if (Files.exists(file)) return false;
            SessionIndex before = indexIfConsistent(key, dir);
            writeAtomically(dir, file, ndjson);
            SessionIndex after = before != null
                    ? before.plus(batchId.toString(), ndjson.length, summary, droppedBatches)
                    : rebuild(key, dir, droppedBatches);
            writeAtomically(dir, dir.resolve(SessionIndex.FILE_NAME), after.toJson());
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The index of every stored session (unordered); broken sessions are skipped and logged. */
    List<SessionIndex> list() throws IOException {
        List<SessionIndex> sessions = new ArrayList<>();
        for (SessionKey key : sessionKeys(null)) {
            SessionIndex index = index(key);
            if (index != null) sessions.add(index);
        }
        return sessions;
    }

    /** The session's index, rebuilt when it disagrees with the batch files; null when absent. */
    SessionIndex index(SessionKey key) throws IOException {
        Path dir = sessionDir(key);
        if (!Files.isDirectory(dir)) return null;
        SessionIndex index = indexIfConsistent(key, dir);
        if (index != null) return index;
        ReentrantLock lock = lockOf(key);
        lock.lock();
        try {
            if (!Files.isDirectory(dir)) return null;
            index = indexIfConsistent(key, dir);
            if (index == null) {
                index = rebuild(key, dir, 0);
                writeAtomically(dir, dir.resolve(SessionIndex.FILE_NAME), index.toJson());
            }
            return index;
        } catch (IOException e) {
            LOG.warn("cannot index session {}: {}", key.replayId(), e.toString());
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes the session's events, in batch order, as one JSON array. Batch files are
     * immutable once in place, so no lock is held while streaming.
     *
     * @return false when the session does not exist (nothing written)
     */
    boolean writeEvents(SessionKey key, OutputStream out) throws IOException {
        Path dir = sessionDir(key);
        if (!Files.isDirectory(dir)) return false;
        JsonArrayOfLines array = new JsonArrayOfLines(out);
        for (Path batch : batchFiles(dir)) {
            try (InputStream in = Files.newInputStream(batch)) {
                array.copyLines(in);
            } catch (NoSuchFileException deletedMeanwhile) {
                break;
            }
        }
        array.close();
        return true;
    }

    /** @return whether the session existed */
    boolean deleteSession(SessionKey key) throws IOException {
        Path dir = sessionDir(key);
        ReentrantLock lock = lockOf(key);
        lock.lock();
        try {
            if (!Files.isDirectory(dir)) return false;
            deleteTree(dir);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** @return the number of sessions deleted */
    int deleteDevice(String deviceId) throws IOException {
        int deleted = 0;
        for (SessionKey key : sessionKeys(deviceId)) {
            if (deleteSession(key)) deleted++;
        }
        try {
            Files.deleteIfExists(deviceDir(deviceId));
        } catch (IOException stillInUse) {
            // A new session of this device arrived meanwhile: it stays.
        }
        return deleted;
    }

    /** Deletes sessions whose last event is before {@code cutoffEpochMs}; returns how many. */
    int deleteEndedBefore(long cutoffEpochMs) throws IOException {
        int deleted = 0;
        for (SessionKey key : sessionKeys(null)) {
            SessionIndex index = index(key);
            boolean expired = index != null && index.events() > 0
                    ? index.end() < cutoffEpochMs
                    : modifiedBefore(sessionDir(key), cutoffEpochMs);
            if (expired && deleteSession(key)) deleted++;
        }
        return deleted;
    }

    /** Removes temp files a crash left behind; only safe while nothing is being stored. */
    void removeLeftoverTempFiles() throws IOException {
        for (SessionKey key : sessionKeys(null)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(sessionDir(key), "." + "*" + TEMP_SUFFIX)) {
                for (Path f : files) Files.deleteIfExists(f);
            }
        }
    }

    Path sessionDir(SessionKey key) {
        Path dir = deviceDir(key.deviceId()).resolve(key.sessionId()).normalize();
        if (!dir.startsWith(root) || !dir.getParent().getParent().equals(root)) {
            throw new IllegalArgumentException("session path escapes the data directory");
        }
        return dir;
    }

    private Path deviceDir(String deviceId) {
        if (!Protocol.isValidDeviceId(deviceId)) throw new IllegalArgumentException("invalid deviceId");
        Path dir = root.resolve(deviceId).normalize();
        if (!root.equals(dir.getParent())) throw new IllegalArgumentException("device path escapes the data directory");
        return dir;
    }

    /** Every stored session, or only those of one device; directories with other names are ignored. */
    private List<SessionKey> sessionKeys(String onlyDevice) throws IOException {
        List<SessionKey> keys = new ArrayList<>();
        List<Path> devices = new ArrayList<>();
        if (onlyDevice != null) {
            devices.add(deviceDir(onlyDevice));
        } else {
            try (DirectoryStream<Path> all = Files.newDirectoryStream(root, Files::isDirectory)) {
                all.forEach(devices::add);
            }
        }
        for (Path device : devices) {
            String deviceId = device.getFileName().toString();
            if (!Protocol.isValidDeviceId(deviceId) || !Files.isDirectory(device)) continue;
            try (DirectoryStream<Path> sessions = Files.newDirectoryStream(device, Files::isDirectory)) {
                for (Path session : sessions) {
                    String sessionId = session.getFileName().toString();
                    if (Protocol.isValidSessionId(sessionId)) keys.add(SessionKey.of(deviceId, sessionId));
                }
            } catch (NoSuchFileException deletedMeanwhile) {
                // fine
            }
        }
        return keys;
    }

    private List<Path> batchFiles(Path dir) throws IOException {
        List<BatchId> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + BatchNames.SUFFIX)) {
            for (Path f : files) {
                BatchId id = BatchNames.idOf(f.getFileName().toString());
                if (id != null) ids.add(id);
            }
        }
        ids.sort(BatchNames.ORDER);
        List<Path> paths = new ArrayList<>(ids.size());
        for (BatchId id : ids) paths.add(dir.resolve(BatchNames.fileName(id)));
        return paths;
    }

    /** The stored index when it counts exactly the batch files present; otherwise null. */
    private SessionIndex indexIfConsistent(SessionKey key, Path dir) throws IOException {
        Path file = dir.resolve(SessionIndex.FILE_NAME);
        int batches = batchFiles(dir).size();
        if (!Files.exists(file)) return batches == 0 ? SessionIndex.empty(key.deviceId(), key.sessionId()) : null;
        try {
            SessionIndex index = SessionIndex.read(file);
            return index.batches() == batches ? index : null;
        } catch (NoSuchFileException deletedMeanwhile) {
            return null;
        } catch (IOException corrupt) {
            LOG.warn("rebuilding unreadable index {}: {}", file, corrupt.toString());
            return null;
        }
    }

    /** Recounts a session from its batch files (they were validated when stored). */
    private SessionIndex rebuild(SessionKey key, Path dir, long droppedNow) throws IOException {
        SessionIndex index = SessionIndex.empty(key.deviceId(), key.sessionId());
        List<Path> batches = batchFiles(dir);
        for (Path batch : batches) {
            byte[] bytes = Files.readAllBytes(batch);
            String name = batch.getFileName().toString();
            String batchId = name.substring(0, name.length() - BatchNames.SUFFIX.length());
            try {
                index = index.plus(batchId, bytes.length, EventLines.validate(bytes), 0);
            } catch (BadBatchException e) {
                LOG.warn("stored batch {} is not valid any more ({}); left out of the index", batch, e.getMessage());
            }
        }
        return index.recounted(batches.size(), droppedBefore(dir) + droppedNow);
    }

    /** The drop count of an outdated index, which only a readable old index still knows. */
    private static long droppedBefore(Path dir) {
        try {
            return SessionIndex.read(dir.resolve(SessionIndex.FILE_NAME)).droppedBatches();
        } catch (IOException | RuntimeException missingOrCorrupt) {
            return 0;
        }
    }

    private static void writeAtomically(Path dir, Path target, byte[] bytes) throws IOException {
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) ch.write(buffer);
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceDirectory(dir);
    }

    /** Makes the rename itself durable (Linux allows opening a directory for this). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException notSupportedHere) {
            // Some platforms cannot; the rename is still atomic, just not yet durable.
        }
    }

    private static boolean modifiedBefore(Path dir, long cutoffEpochMs) {
        try {
            return Files.getLastModifiedTime(dir).toMillis() < cutoffEpochMs;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private ReentrantLock lockOf(SessionKey key) {
        return locks[Math.floorMod(key.replayId().hashCode(), locks.length)];
    }
}
