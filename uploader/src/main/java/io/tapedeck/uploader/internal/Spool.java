package io.tapedeck.uploader.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The batches on disk, waiting for a 2xx. Used by the uploader thread only (not thread-safe).
 *
 * <p>Crash safety: a batch is written to a temp file in the same directory, forced to disk,
 * atomically renamed to its final name, and the directory is forced (where the platform lets
 * us open a directory). So at any instant the final name holds a whole batch or does not
 * exist; a crash can leave only a temp file, which is deleted later.
 *
 * <p>Two processes of the same app: the one holding {@code .lock} sends; the other writes its
 * batches here too and leaves sending to the owner, trying to become the owner at every
 * rescan (so when the owner exits, the other takes over).
 *
 * <p>The journals of open batches ({@link OpenBatchJournal}) live here too; a rescan lists those
 * this JVM does not write, for the uploader to recover the ones whose process died.
 */
final class Spool {
    static final String CORRUPT = "corrupt";
    static final String REJECTED = "rejected";
    private static final String LOCK_FILE = ".lock";
    private static final String TEMP_PREFIX = ".tmp-";
    /**
     * A temp file this process has seen for this long is a crash leftover, not another process's
     * write in progress (which takes milliseconds). Measured on the monotonic clock, not by the
     * file's modification time: a wall clock jumping an hour forward would make a write in
     * progress look an hour old, one jumping back would keep a leftover for an hour.
     */
    static final long STALE_TEMP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private static final Comparator<SpoolFile.Name> OLDEST_FIRST = Comparator.<SpoolFile.Name>comparingLong(
                    n -> n.sessionId)
            .thenComparing(n -> n.batchId)
            .thenComparing(n -> n.deviceId);

    /** A batch waiting in the spool. */
    static final class Entry {
        final SpoolFile.Name name;
        final Path file;
        final long size;

        Entry(SpoolFile.Name name, Path file, long size) {
            this.name = name;
            this.file = file;
            this.size = size;
        }
    }

    private final Path dir;
    private final Consumer<String> log;
    private final LongSupplier nanoTime;
    /** Temp files seen at rescans, with when this process first saw each (on {@link #nanoTime}). */
    private final Map<Path, Long> tempsFirstSeen = new HashMap<>();

    private final TreeMap<SpoolFile.Name, Entry> pending = new TreeMap<>(OLDEST_FIRST);
    /** Journals of open batches found at the last rescan that this JVM does not write: alive in another process, or leftovers. */
    private final List<Path> journals = new ArrayList<>();

    private long pendingBytes;
    private FileChannel lockChannel;
    private FileLock lock;
    private boolean directorySyncSupported = true;

    Spool(Path dir, Consumer<String> log) throws IOException {
        this(dir, log, System::nanoTime);
    }

    /** @param nanoTime the monotonic clock (a fake one in tests) */
    Spool(Path dir, Consumer<String> log, LongSupplier nanoTime) throws IOException {
        this.dir = dir;
        this.log = log;
        this.nanoTime = nanoTime;
        Files.createDirectories(dir);
        if (!Files.isWritable(dir)) {
            throw new IOException("spool directory is not writable: " + dir);
        }
    }

    /** Tries to become the sending process of this spool; true when it is (or already was). */
    boolean tryLock() {
        if (lock != null && lock.isValid()) {
            return true;
        }
        try {
            if (lockChannel == null || !lockChannel.isOpen()) {
                lockChannel =
                        FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            }
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // another uploader in this JVM sends this spool
        } catch (IOException e) {
            lock = null;
        }
        return lock != null;
    }

    boolean ownsLock() {
        return lock != null && lock.isValid();
    }

    void releaseLock() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock dies with the channel or the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    /** Writes a batch crash-safely and adds it to the pending set. */
    Entry write(SpoolFile.Name name, SpoolFile.Contents contents) throws IOException {
        byte[] bytes = SpoolFile.encode(contents);
        Path target = dir.resolve(name.fileName());
        Path temp = dir.resolve(TEMP_PREFIX + name.fileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()));
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncDirectory();
        Entry entry = new Entry(name, target, bytes.length);
        add(entry);
        return entry;
    }

    /** Makes the rename durable. Not every platform can open a directory (Windows cannot): then the rename is as durable as the OS makes it. */
    private void syncDirectory() {
        if (!directorySyncSupported) {
            return;
        }
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | RuntimeException e) {
            directorySyncSupported = false;
        }
    }

    /** Re-reads the directory: picks up batches of earlier runs and of other processes, sets aside unparsable names. */
    void rescan() {
        pending.clear();
        journals.clear();
        pendingBytes = 0;
        long now = nanoTime.getAsLong();
        Set<Path> temps = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (fileName.equals(LOCK_FILE) || !Files.isRegularFile(file)) {
                    continue;
                }
                if (fileName.startsWith(TEMP_PREFIX)) {
                    temps.add(file);
                    deleteIfStale(file, now);
                    continue;
                }
                if (fileName.endsWith(OpenBatchJournal.SUFFIX)) {
                    if (!OpenBatchJournal.writtenHere(file)) {
                        journals.add(file);
                    }
                    continue;
                }
                SpoolFile.Name name = SpoolFile.parseName(fileName);
                if (name == null) {
                    setAside(file, CORRUPT, "its name is not a batch name");
                    continue;
                }
                try {
                    add(new Entry(name, file, Files.size(file)));
                } catch (IOException e) {
                    // vanished between listing and stat: another process sent or dropped it
                }
            }
        } catch (IOException e) {
            log.accept("cannot list spool directory " + dir + ": " + e.getMessage());
        }
        tempsFirstSeen.keySet().retainAll(temps);
    }

    private void deleteIfStale(Path temp, long now) {
        long firstSeen = tempsFirstSeen.computeIfAbsent(temp, t -> now);
        if (!ownsLock() || now - firstSeen < STALE_TEMP_NANOS) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // not ours to delete: try again next scan
        }
    }

    private void add(Entry entry) {
        Entry old = pending.put(entry.name, entry);
        if (old != null) {
            pendingBytes -= old.size;
        }
        pendingBytes += entry.size;
    }

    private void forget(Entry entry) {
        if (pending.remove(entry.name) != null) {
            pendingBytes -= entry.size;
        }
    }

    /** Whether a batch of this name is pending (not sent, dropped or set aside since it was listed). */
    boolean contains(SpoolFile.Name name) {
        return pending.containsKey(name);
    }

    Entry oldest() {
        return pending.isEmpty() ? null : pending.firstEntry().getValue();
    }

    /** The journals of open batches other processes write or left behind, as of the last rescan. */
    List<Path> journals() {
        return new ArrayList<>(journals);
    }

    /** The highest sequence number pending (or journaled by another process) for this session, or -1. */
    long maxSequence(String deviceId, long sessionId) {
        long max = -1;
        for (SpoolFile.Name n : pending.keySet()) {
            if (n.sessionId == sessionId && n.deviceId.equals(deviceId)) {
                max = Math.max(max, n.batchId.sequence());
            }
        }
        for (Path journal : journals) {
            SpoolFile.Name n = SpoolFile.parseName(journal.getFileName().toString(), OpenBatchJournal.SUFFIX);
            if (n != null && n.sessionId == sessionId && n.deviceId.equals(deviceId)) {
                max = Math.max(max, n.batchId.sequence());
            }
        }
        return max;
    }

    Path dir() {
        return dir;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    int size() {
        return pending.size();
    }

    long pendingBytes() {
        return pendingBytes;
    }

    /** Deletes a batch the collector has (or that was replaced by its halves). */
    void delete(Entry entry) {
        forget(entry);
        try {
            Files.deleteIfExists(entry.file);
        } catch (IOException e) {
            log.accept("cannot delete spooled batch " + entry.file + ": " + e.getMessage());
        }
    }

    /** Moves a batch out of the pending set into {@code corrupt/} or {@code rejected/}: never sent again. */
    void setAside(Entry entry, String where, String why) {
        forget(entry);
        setAside(entry.file, where, why);
    }

    void setAside(Path file, String where, String why) {
        log.accept("spooled batch " + file.getFileName() + " set aside in " + where + "/: " + why);
        try {
            Path target = dir.resolve(where);
            Files.createDirectories(target);
            Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException again) {
                log.accept("cannot move or delete " + file + ": " + again.getMessage());
            }
        }
    }

    /**
     * Makes room for {@code incomingBytes} under {@code limitBytes} by deleting the oldest
     * batches.
     *
     * @return how many batches were deleted
     */
    int makeRoom(long incomingBytes, long limitBytes) {
        List<Entry> victims = new ArrayList<>();
        long bytes = pendingBytes;
        for (Entry e : pending.values()) {
            if (bytes + incomingBytes <= limitBytes) {
                break;
            }
            victims.add(e);
            bytes -= e.size;
        }
        victims.forEach(this::delete);
        return victims.size();
    }
}
