package io.tapedeck.uploader.internal;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The batch being filled, on disk as it grows, so that a killed process loses only the lines
 * not yet written here (the uploader thread writes every line it takes from the queue at once;
 * what {@code write} has handed to the OS survives a SIGKILL, and {@link #force} makes it
 * survive a power cut too). One journal per open batch, named like the batch it becomes with
 * {@link #SUFFIX}: {@code <sessionId>-<batchId>-<deviceId>.open}.
 *
 * <pre>
 * "TDJ1"   then frames:   i32 line length (> 0)   i32 CRC32 (over the length, then the line)   line (no '\n')
 * </pre>
 *
 * A reader takes whole frames up to the first one that is short, zero-length or fails its
 * checksum: that and everything after it is a torn tail (a kill in the middle of a write, or a
 * power cut before the OS wrote the last pages) and is ignored.
 *
 * <p>The writing process holds a {@link FileLock} on its journal for as long as it may write:
 * a journal that can be locked is a leftover of a process that died, and is recovered
 * ({@link #claim}). Locks are per process, so the journals this JVM writes are also kept in a
 * set and never claimed here (closing any channel to a file drops the whole process's lock on it).
 */
final class OpenBatchJournal implements Closeable {
    static final String SUFFIX = ".open";
    private static final byte[] MAGIC = {'T', 'D', 'J', '1'};
    private static final int FRAME_HEADER = 8;
    /** A journal far above any sane maxBatchBytes is damaged, not a batch. */
    private static final long MAX_LENGTH = 1 << 30;
    /** Journals written by this JVM, by absolute path: alive, whatever their lock says. */
    private static final Set<Path> WRITTEN_HERE = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ByteArrayOutputStream unwritten = new ByteArrayOutputStream();
    private boolean broken;
    private long unforcedSinceNanos;
    private boolean unforced;
    private boolean directoryForced;

    private OpenBatchJournal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the journal of a new open batch; fails when a file of that name exists (never overwrites a leftover). */
    static OpenBatchJournal create(Path dir, SpoolFile.Name batch) throws IOException {
        Path file = dir.resolve(batch.fileName(SUFFIX)).toAbsolutePath();
        WRITTEN_HERE.add(file);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IOException("another process holds " + file);
            }
            OpenBatchJournal journal = new OpenBatchJournal(file, channel, lock);
            journal.unwritten.write(MAGIC);
            return journal;
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            WRITTEN_HERE.remove(file);
            throw e;
        }
    }

    /** Whether this JVM writes (or wrote and still holds) the journal {@code file}. */
    static boolean writtenHere(Path file) {
        return WRITTEN_HERE.contains(file.toAbsolutePath());
    }

    Path file() {
        return file;
    }

    /** Whether a write failed: the file holds a readable prefix of the batch and takes no more lines. */
    boolean broken() {
        return broken;
    }

    /** Adds one line (without its '\n') as a frame; it reaches the file at the next {@link #write}. */
    void append(byte[] line, int length) {
        if (broken) {
            return;
        }
        CRC32 crc = new CRC32();
        byte[] header = ByteBuffer.allocate(FRAME_HEADER).putInt(length).array();
        crc.update(header, 0, 4);
        crc.update(line, 0, length);
        ByteBuffer.wrap(header).putInt(4, (int) crc.getValue());
        unwritten.write(header, 0, FRAME_HEADER);
        unwritten.write(line, 0, length);
    }

    /**
     * Hands the appended frames to the OS (they survive a kill of this process from here on).
     * On failure the journal is broken: it keeps what it holds and takes no more lines.
     */
    void write(long nowNanos) throws IOException {
        if (broken || unwritten.size() == 0) {
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(unwritten.toByteArray());
        unwritten.reset();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        if (!unforced) {
            unforced = true;
            unforcedSinceNanos = nowNanos;
        }
    }

    /** When the oldest write not yet forced was made; meaningful only when {@link #needsForce()}. */
    long unforcedSinceNanos() {
        return unforcedSinceNanos;
    }

    boolean needsForce() {
        return unforced && !broken;
    }

    /** Makes what was written survive a power cut (the first time, the journal's directory entry too). */
    void force() throws IOException {
        unforced = false;
        try {
            channel.force(false);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        if (!directoryForced) {
            directoryForced = true;
            try (FileChannel directory = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                directory.force(true);
            } catch (IOException | RuntimeException e) {
                // not every platform can open a directory (Windows cannot): the entry is as durable as the OS makes it
            }
        }
    }

    /** The batch is sealed (or dropped): the journal goes. */
    void delete() throws IOException {
        try {
            Files.deleteIfExists(file); // before the lock goes: nobody can claim it in between
        } finally {
            close();
        }
    }

    /** Stops writing and leaves the file for recovery, as a killed process would. */
    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the lock
        } finally {
            WRITTEN_HERE.remove(file);
        }
    }

    // ---- recovery --------------------------------------------------------------------------

    /** What a leftover journal held. */
    static final class Recovered {
        /** The whole lines, each ending in '\n'. */
        final byte[] raw;

        final int lines;
        /** Bytes after the last whole frame (a torn or damaged tail), ignored. */
        final long tornBytes;

        Recovered(byte[] raw, int lines, long tornBytes) {
            this.raw = raw;
            this.lines = lines;
            this.tornBytes = tornBytes;
        }
    }

    /** A leftover journal, locked for this process while it is recovered. */
    static final class Claim implements Closeable {
        private final Path file;
        private final FileChannel channel;

        private Claim(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        Path file() {
            return file;
        }

        Recovered read() throws IOException {
            long size = channel.size();
            if (size > MAX_LENGTH) {
                return new Recovered(new byte[0], 0, size);
            }
            ByteBuffer bytes = ByteBuffer.allocate((int) size);
            while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) >= 0) {
                // reads until full or at the end
            }
            return parse(Arrays.copyOf(bytes.array(), bytes.position()));
        }

        /** Recovered: the file goes, then the lock. */
        void delete() throws IOException {
            try {
                Files.deleteIfExists(file);
            } finally {
                close();
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * Locks a journal for recovery.
     *
     * @return null when it is alive (its writer, in this JVM or another process, holds it) or gone
     */
    static Claim claim(Path file) throws IOException {
        if (writtenHere(file)) {
            return null;
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return null;
        }
        try {
            FileLock lock = channel.tryLock();
            // A claimer before us deletes the file before it lets go of the lock: gone now means recovered.
            if (lock != null && Files.exists(file)) {
                return new Claim(file, channel);
            }
        } catch (OverlappingFileLockException e) {
            // held in this JVM after all
        }
        channel.close();
        return null;
    }

    /** The whole frames of a journal's bytes; see the class comment for the format. */
    static Recovered parse(byte[] file) {
        if (file.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC)) {
            return new Recovered(new byte[0], 0, file.length);
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(MAGIC.length);
        ByteArrayOutputStream raw = new ByteArrayOutputStream(file.length);
        int lines = 0;
        while (in.remaining() >= FRAME_HEADER) {
            int start = in.position();
            int length = in.getInt();
            int storedCrc = in.getInt();
            if (length <= 0 || length > in.remaining()) {
                in.position(start);
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(file, start, 4);
            crc.update(file, in.position(), length);
            if ((int) crc.getValue() != storedCrc) {
                in.position(start);
                break;
            }
            raw.write(file, in.position(), length);
            raw.write('\n');
            in.position(in.position() + length);
            lines++;
        }
        return new Recovered(raw.toByteArray(), lines, in.remaining());
    }
}
