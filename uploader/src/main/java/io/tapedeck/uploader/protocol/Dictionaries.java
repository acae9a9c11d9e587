package io.tapedeck.uploader.protocol;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The zstd dictionaries shipped in this jar, as resources
 * {@code io/tapedeck/uploader/dictionaries/<id>.zdict}, listed oldest first in
 * {@code io/tapedeck/uploader/dictionaries/index.txt}; the last one listed is used to send.
 * Older ones stay bundled so spooled batches and older agents still decode.
 *
 * <p>An id is {@code td1-} followed by the first 12 hex digits of the SHA-256 of the
 * dictionary's bytes, so the name proves the content: a dictionary whose bytes do not
 * hash to its id is refused.
 */
public final class Dictionaries {
    private Dictionaries() {}

    static final String RESOURCE_DIR = "io/tapedeck/uploader/dictionaries/";
    private static final String INDEX = RESOURCE_DIR + "index.txt";
    private static final String ID_PREFIX = "td1-";
    private static final int ID_HEX_DIGITS = 12;

    private static final ConcurrentHashMap<String, byte[]> LOADED = new ConcurrentHashMap<>();
    private static volatile List<String> index;

    /** The id new batches are compressed with. */
    public static String current() {
        List<String> ids = ids();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no zstd dictionary bundled (" + INDEX + " is missing or empty)");
        }
        return ids.get(ids.size() - 1);
    }

    /** Whether a dictionary with this id is bundled. */
    public static boolean isKnown(String id) {
        return id != null && ids().contains(id);
    }

    /** Every bundled id, oldest first. */
    public static List<String> ids() {
        List<String> ids = index;
        if (ids == null) {
            ids = Collections.unmodifiableList(readIndex());
            index = ids;
        }
        return ids;
    }

    /**
     * The dictionary's bytes (shared: do not modify).
     *
     * @throws IllegalArgumentException when no dictionary with this id is bundled, or its bytes
     *         do not match its id
     */
    public static byte[] bytes(String id) {
        if (!isKnown(id)) {
            throw new IllegalArgumentException("unknown zstd dictionary id: " + id);
        }
        return LOADED.computeIfAbsent(id, Dictionaries::load);
    }

    /** The id a dictionary with these bytes gets: {@code td1-<first 12 hex of sha256>}. */
    public static String idOf(byte[] dictionary) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(dictionary);
            StringBuilder sb = new StringBuilder(ID_PREFIX);
            for (int i = 0; i < ID_HEX_DIGITS / 2; i++) {
                sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16))
                        .append(Character.forDigit(digest[i] & 0xF, 16));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static byte[] load(String id) {
        byte[] bytes = readResource(RESOURCE_DIR + id + ".zdict");
        if (bytes == null) {
            throw new IllegalArgumentException("zstd dictionary " + id + " is listed but its resource is missing");
        }
        if (!idOf(bytes).equals(id)) {
            throw new IllegalArgumentException(
                    "zstd dictionary " + id + " does not match its id (" + idOf(bytes) + ")");
        }
        return bytes;
    }

    private static List<String> readIndex() {
        byte[] bytes = readResource(INDEX);
        List<String> ids = new ArrayList<>();
        if (bytes == null) {
            return ids;
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String id = line.trim();
            if (!id.isEmpty() && !id.startsWith("#")) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static byte[] readResource(String name) {
        ClassLoader loader = Dictionaries.class.getClassLoader();
        try (InputStream in =
                loader == null ? ClassLoader.getSystemResourceAsStream(name) : loader.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }
}
