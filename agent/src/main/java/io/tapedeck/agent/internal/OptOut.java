package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.core.internal.log.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The user's opt-out: {@code tapedeck.optOut=true}, or {@code Tapedeck.setOptOut(true)}, which
 * is kept in the file {@code <dataDir>/opt-out} so it stays in force across restarts (of every
 * app of this user that shares the data directory) until {@code setOptOut(false)} deletes it.
 *
 * <p>Opting out deletes this device's unsent data: the batch files waiting in the app's spool
 * ({@code <spoolDir>/*.tdbatch}, and those the uploader set aside in {@code corrupt/} and
 * {@code rejected/}) and the journals of open batches ({@code *.open}: a killed run's last
 * lines, which the next start would otherwise send). Nothing else in the data directory is
 * touched (the device id stays).
 */
final class OptOut {
    static final String FILE_NAME = "opt-out";
    private static final String BATCH_SUFFIX = ".tdbatch";
    /** The uploader's journal of a batch still open (OpenBatchJournal.SUFFIX). */
    private static final String JOURNAL_SUFFIX = ".open";

    private static final String[] SET_ASIDE = {"corrupt", "rejected"};

    /**
     * The app's last word in this process: null until it calls {@code setOptOut}. Read on every
     * event line by {@link OptOutGate}, so writing stops the moment the app opts out, before
     * any lock is taken.
     */
    private static volatile Boolean app;

    private OptOut() {}

    /** Whether a recording with {@code config} must not start. */
    static boolean inForce(TapedeckConfig config) {
        return Boolean.TRUE.equals(app) || config.optOut() || Files.exists(file(config));
    }

    /** True from the moment the app opted out in this process until it reverts. Never blocks. */
    static boolean stopsWrites() {
        return Boolean.TRUE.equals(app);
    }

    /** Records the app's decision for this process; the file comes with {@link #persist}/{@link #revert}. */
    static void decide(boolean optOut) {
        app = optOut;
    }

    static Path file(TapedeckConfig config) {
        return config.dataDir().resolve(FILE_NAME);
    }

    /** Writes {@code <dataDir>/opt-out}; one warning when it cannot (the opt-out then lasts only for this process). */
    static void persist(TapedeckConfig config) {
        Path file = file(config);
        try {
            Files.createDirectories(file.getParent());
            Files.write(
                    file,
                    ("Tapedeck records nothing for this user while this file exists.\n"
                                    + "Delete it, or call Tapedeck.setOptOut(false), to record again.\n")
                            .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            Log.warn("cannot keep the opt-out in " + file + " (" + e + "); it holds for this process only");
        }
    }

    /** Deletes {@code <dataDir>/opt-out}; true when no such file is left. */
    static boolean revert(TapedeckConfig config) {
        Path file = file(config);
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException | RuntimeException e) {
            Log.warn("cannot delete the opt-out file " + file + " (" + e + "); recording stays off");
            return false;
        }
    }

    /** Deletes the unsent batches of this app's spool; returns how many files went. Never throws. */
    static int deleteUnsent(TapedeckConfig config) {
        Path spool = config.spoolDir();
        int deleted = deleteBatches(spool);
        for (String aside : SET_ASIDE) deleted += deleteBatches(spool.resolve(aside));
        if (deleted > 0) Log.info("opted out: deleted " + deleted + " unsent batch(es) from " + spool);
        return deleted;
    }

    private static int deleteBatches(Path dir) {
        if (!Files.isDirectory(dir)) return 0;
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                // Batches, batches half-written by an uploader (".tmp-<batch>.<random>"), journals of open batches.
                boolean batch = name.endsWith(BATCH_SUFFIX) || name.contains(BATCH_SUFFIX + ".");
                if (!batch && !name.endsWith(JOURNAL_SUFFIX)) continue;
                try {
                    if (Files.deleteIfExists(f)) deleted++;
                } catch (IOException e) {
                    Log.warnOnce("opt-out-delete " + dir, "opted out, but cannot delete " + f + " (" + e + ")");
                }
            }
        } catch (IOException | RuntimeException e) {
            Log.warn("opted out, but cannot list the spool " + dir + " (" + e + ")");
        }
        return deleted;
    }
}
