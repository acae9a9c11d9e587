package io.tapedeck.uploader.tools;

import com.github.luben.zstd.ZstdDictTrainer;
import io.tapedeck.uploader.protocol.Dictionaries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains the zstd dictionary from recorded Tapedeck sessions and writes it, named by its id,
 * into the uploader's resources (see uploader/README.md, "Retraining the dictionary").
 *
 * <pre>java ... TrainDictionary &lt;dir with *.ndjson&gt; &lt;output dir&gt; [dictBytes=32768]</pre>
 *
 * Samples are the batches the uploader would send (5 s / 512 KiB), further cut into pieces of
 * at most 16 KiB: the trainer learns from the start of each sample, and the common content of
 * a batch (envelopes, style attributes, tag names) repeats within any piece.
 */
public final class TrainDictionary {
    private static final int PIECE = Integer.getInteger("piece", 16 * 1024);

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: TrainDictionary <dir with *.ndjson> <output dir> [dictBytes]");
            System.exit(2);
        }
        Path in = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        int dictBytes = args.length > 2 ? Integer.parseInt(args[2]) : 32 * 1024;

        List<byte[]> samples = new ArrayList<>();
        long total = 0;
        for (Path file : RecordedBatches.ndjsonFiles(in)) {
            for (byte[] batch : RecordedBatches.cut(file, 512 * 1024, 5000)) {
                for (byte[] piece : pieces(batch)) {
                    samples.add(piece);
                    total += piece.length;
                }
            }
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("no *.ndjson lines under " + in);
        }
        ZstdDictTrainer trainer = new ZstdDictTrainer((int) Math.min(Integer.MAX_VALUE - 16, total), dictBytes);
        for (byte[] sample : samples) {
            trainer.addSample(sample);
        }
        byte[] dict = trainer.trainSamples();
        String id = Dictionaries.idOf(dict);
        Files.createDirectories(out);
        Files.write(out.resolve(id + ".zdict"), dict);
        Path index = out.resolve("index.txt");
        List<String> ids = Files.exists(index) ? new ArrayList<>(Files.readAllLines(index)) : new ArrayList<>();
        ids.removeIf(String::isBlank);
        ids.remove(id);
        ids.add(id);
        Files.write(index, (String.join("\n", ids) + "\n").getBytes(StandardCharsets.UTF_8));
        System.out.println("trained " + id + " (" + dict.length + " bytes) from " + samples.size() + " samples, "
                + total + " bytes; index now " + ids);
    }

    /** Cuts a batch into line-aligned pieces of at most {@link #PIECE} bytes (a longer line is one piece). */
    private static List<byte[]> pieces(byte[] batch) {
        List<byte[]> pieces = new ArrayList<>();
        int start = 0;
        int lastLineEnd = 0;
        for (int i = 0; i < batch.length; i++) {
            if (batch[i] == '\n') {
                if (i + 1 - start > PIECE && lastLineEnd > start) {
                    pieces.add(Arrays.copyOfRange(batch, start, lastLineEnd));
                    start = lastLineEnd;
                }
                lastLineEnd = i + 1;
            }
        }
        if (lastLineEnd > start) {
            pieces.add(Arrays.copyOfRange(batch, start, lastLineEnd));
        }
        return pieces;
    }
}
