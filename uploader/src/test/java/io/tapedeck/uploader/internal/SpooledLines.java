package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.ZstdCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * What a spool directory holds for one session, read the way the next start reads it: every
 * batch file under its final name, in batch order, decoded and decompressed. Temp files are not
 * batches yet and are not counted; a batch file that does not decode fails the test.
 */
final class SpooledLines {
    private SpooledLines() {}

    static List<String> of(Path spoolDir, String deviceId, long sessionId) throws IOException {
        TreeMap<io.tapedeck.uploader.protocol.BatchId, Path> batches = new TreeMap<>();
        if (!Files.isDirectory(spoolDir)) {
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(spoolDir, "*" + SpoolFile.SUFFIX)) {
            for (Path file : files) {
                SpoolFile.Name name = SpoolFile.parseName(file.getFileName().toString());
                if (name != null && name.deviceId.equals(deviceId) && name.sessionId == sessionId) {
                    batches.put(name.batchId, file);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Path file : batches.values()) {
            SpoolFile.Contents contents;
            try {
                contents = SpoolFile.read(file);
            } catch (NoSuchFileException e) {
                continue; // sent meanwhile by the uploader that owns this spool
            } catch (SpoolFile.CorruptException e) {
                throw new AssertionError(
                        "a batch file under its final name is damaged: " + file + ": " + e.getMessage(), e);
            }
            byte[] raw;
            try {
                raw = ZstdCodec.decompress(contents.body, contents.dictionaryId, contents.rawLength);
            } catch (ZstdCodec.BodyException e) {
                throw new AssertionError("a batch file does not decompress: " + file, e);
            }
            String text = new String(raw, StandardCharsets.UTF_8);
            lines.addAll(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
        }
        return lines;
    }
}
