package io.tapedeck.uploader.protocol;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * zstd compression of batch bodies, with the bundled dictionaries, and bounded decompression
 * for the receiver. Thread-safe.
 */
public final class ZstdCodec {
    private ZstdCodec() {}

    /** Levels outside 1..19 ("ultra" levels) need decoder windows we refuse; see {@link #MAX_WINDOW_LOG}. */
    public static final int MIN_LEVEL = 1;

    public static final int MAX_LEVEL = 19;
    /**
     * The largest back-reference window a frame may ask the decoder for (16 MiB). Frames made by
     * {@link #compress} at levels up to 19 stay below it; a hostile frame asking for more is
     * refused instead of making the receiver allocate it.
     */
    static final int MAX_WINDOW_LOG = 24;

    /** Prepared dictionaries are costly to build and immutable once built: shared per id and level. */
    private static final ConcurrentHashMap<String, ZstdDictCompress> COMPRESS_DICTS = new ConcurrentHashMap<>();

    private static final ConcurrentHashMap<String, ZstdDictDecompress> DECOMPRESS_DICTS = new ConcurrentHashMap<>();

    /** Thrown when a body would expand beyond the allowed size (a zstd bomb), or is truncated/corrupt. */
    public static final class BodyException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean tooLarge;

        public BodyException(String message, boolean tooLarge) {
            super(message);
            this.tooLarge = tooLarge;
        }

        /** True: beyond the limit (HTTP 413); false: corrupt or truncated (HTTP 400). */
        public boolean tooLarge() {
            return tooLarge;
        }
    }

    /**
     * @param dictionaryId a bundled dictionary id, or null for none
     * @throws IllegalArgumentException for an unknown dictionary or a level outside 1..19
     */
    public static byte[] compress(byte[] raw, int level, String dictionaryId) {
        if (level < MIN_LEVEL || level > MAX_LEVEL) {
            throw new IllegalArgumentException("zstd level must be " + MIN_LEVEL + ".." + MAX_LEVEL + ": " + level);
        }
        if (dictionaryId == null) {
            return Zstd.compress(raw, level);
        }
        ZstdDictCompress dict = COMPRESS_DICTS.computeIfAbsent(
                dictionaryId + "@" + level, key -> new ZstdDictCompress(Dictionaries.bytes(dictionaryId), level));
        return Zstd.compress(raw, dict);
    }

    /**
     * Decompresses, failing as soon as the output would exceed {@code maxBytes}. The output is
     * produced in small steps, so a bomb costs at most {@code maxBytes} of memory and the work
     * to produce it.
     *
     * @param dictionaryId the id from the request header, or null
     * @throws BodyException too large, corrupt, truncated, or an unknown dictionary
     */
    public static byte[] decompress(byte[] body, String dictionaryId, long maxBytes) throws BodyException {
        if (body == null || body.length == 0) {
            throw new BodyException("empty body", false);
        }
        ZstdDictDecompress dict = null;
        if (dictionaryId != null) {
            if (!Dictionaries.isKnown(dictionaryId)) {
                throw new BodyException("unknown zstd dictionary: " + dictionaryId, false);
            }
            dict = DECOMPRESS_DICTS.computeIfAbsent(dictionaryId, id -> new ZstdDictDecompress(Dictionaries.bytes(id)));
        }
        // A declared content size above the limit is refused before any work is done.
        long declared = Zstd.getFrameContentSize(body);
        if (declared > maxBytes) {
            throw new BodyException(
                    "body declares " + declared + " bytes decompressed, above the limit of " + maxBytes, true);
        }
        int initial = (int) Math.min(Math.max(declared, 0), Math.min(maxBytes, 1 << 20));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(initial, 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZstdInputStreamNoFinalizer in = new ZstdInputStreamNoFinalizer(new ByteArrayInputStream(body))) {
            in.setLongMax(MAX_WINDOW_LOG);
            if (dict != null) {
                in.setDict(dict);
            }
            while (true) {
                // Never ask for more than one byte past the limit: the moment it is reached, stop.
                long room = maxBytes - total; // >= 0 here
                int want = room >= buffer.length ? buffer.length : (int) room + 1;
                int n = in.read(buffer, 0, want);
                if (n < 0) {
                    break;
                }
                total += n;
                if (total > maxBytes) {
                    throw new BodyException("body expands beyond the limit of " + maxBytes + " bytes", true);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            throw new BodyException(
                    "body is not a complete zstd frame" + (dict != null ? " for dictionary " + dictionaryId : "") + ": "
                            + e.getMessage(),
                    false);
        }
        return out.toByteArray();
    }
}
