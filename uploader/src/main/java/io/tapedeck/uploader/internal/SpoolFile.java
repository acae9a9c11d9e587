package io.tapedeck.uploader.internal;

import io.tapedeck.uploader.protocol.BatchId;
import io.tapedeck.uploader.protocol.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One spooled batch on disk. The name says whose batch it is —
 * {@code <sessionId>-<batchId>-<deviceId>.tdbatch} (neither id may contain '-' before the
 * device id, so the split is unambiguous) — and the content is a header, then the zstd body
 * exactly as it will be sent:
 *
 * <pre>
 * "TDB1"  u16 dictionary-id length  dictionary id (ASCII, empty = none)
 * i32 raw length  i32 body length  i32 CRC32 (over everything before it, then the body)
 * body
 * </pre>
 *
 * A file whose name, header, length or checksum does not fit is corrupt and is set aside.
 */
final class SpoolFile {
    static final String SUFFIX = ".tdbatch";
    private static final byte[] MAGIC = {'T', 'D', 'B', '1'};
    private static final Pattern NAME = Pattern.compile("(\\d{1,19})-([0-9.]{1,100})-([^/\\\\]{1,64})");
    /** A batch far above any sane maxBatchBytes is more likely a damaged header than a batch. */
    private static final int MAX_LENGTH = 1 << 30;

    private SpoolFile() {}

    /** The identity a spool file's name carries. */
    static final class Name {
        final String deviceId;
        final long sessionId;
        final BatchId batchId;

        Name(String deviceId, long sessionId, BatchId batchId) {
            this.deviceId = deviceId;
            this.sessionId = sessionId;
            this.batchId = batchId;
        }

        String fileName() {
            return fileName(SUFFIX);
        }

        /** The name with another suffix: the open batch's journal is named like the batch it becomes. */
        String fileName(String suffix) {
            return sessionId + "-" + batchId + "-" + deviceId + suffix;
        }

        @Override
        public String toString() {
            return deviceId + "/" + sessionId + "/" + batchId;
        }
    }

    /** A decoded spool file. */
    static final class Contents {
        final String dictionaryId;
        final int rawLength;
        final byte[] body;

        Contents(String dictionaryId, int rawLength, byte[] body) {
            this.dictionaryId = dictionaryId;
            this.rawLength = rawLength;
            this.body = body;
        }
    }

    static final class CorruptException extends Exception {
        private static final long serialVersionUID = 1L;

        CorruptException(String message) {
            super(message);
        }
    }

    /** @return null when the name is not a batch file name */
    static Name parseName(String fileName) {
        return parseName(fileName, SUFFIX);
    }

    /** @return null when the name is not {@code <sessionId>-<batchId>-<deviceId><suffix>} */
    static Name parseName(String fileName, String suffix) {
        if (!fileName.endsWith(suffix)) {
            return null;
        }
        Matcher m = NAME.matcher(fileName.substring(0, fileName.length() - suffix.length()));
        if (!m.matches() || !Protocol.isValidSessionId(m.group(1)) || !Protocol.isValidDeviceId(m.group(3))) {
            return null;
        }
        try {
            return new Name(m.group(3), Long.parseLong(m.group(1)), BatchId.parse(m.group(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static byte[] encode(Contents contents) {
        byte[] dict =
                contents.dictionaryId == null ? new byte[0] : contents.dictionaryId.getBytes(StandardCharsets.US_ASCII);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(contents.body.length + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeShort(dict.length);
            out.write(dict);
            out.writeInt(contents.rawLength);
            out.writeInt(contents.body.length);
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            crc.update(contents.body);
            out.writeInt((int) crc.getValue());
            out.write(contents.body);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e); // a ByteArrayOutputStream does not fail
        }
    }

    static Contents read(Path file) throws IOException, CorruptException {
        long size = Files.size(file);
        if (size > MAX_LENGTH) {
            throw new CorruptException("file is " + size + " bytes, far above any batch");
        }
        return decode(Files.readAllBytes(file));
    }

    static Contents decode(byte[] file) throws CorruptException {
        ByteBuffer in = ByteBuffer.wrap(file);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new CorruptException("not a Tapedeck batch file (bad magic)");
            }
            int dictLength = in.getShort() & 0xFFFF;
            if (dictLength > 200) {
                throw new CorruptException("dictionary id length " + dictLength);
            }
            byte[] dict = new byte[dictLength];
            in.get(dict);
            int rawLength = in.getInt();
            int bodyLength = in.getInt();
            int headerLength = in.position();
            int storedCrc = in.getInt();
            if (rawLength < 0 || bodyLength <= 0 || bodyLength != in.remaining()) {
                throw new CorruptException("lengths do not match the file (raw " + rawLength + ", body " + bodyLength
                        + ", file has " + in.remaining() + ")");
            }
            CRC32 crc = new CRC32();
            crc.update(file, 0, headerLength);
            crc.update(file, in.position(), bodyLength);
            if ((int) crc.getValue() != storedCrc) {
                throw new CorruptException("checksum mismatch");
            }
            byte[] body = new byte[bodyLength];
            in.get(body);
            return new Contents(dictLength == 0 ? null : new String(dict, StandardCharsets.US_ASCII), rawLength, body);
        } catch (java.nio.BufferUnderflowException e) {
            throw new CorruptException("file ends inside its header");
        }
    }
}
