package io.tapedeck.uploader.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ZstdCodecTest {
    static final byte[] EVENTS =
            ("{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":10,\"y\":20,\"id\":7,\"timeOffset\":0}]},\"timestamp\":1}\n"
                            .repeat(200))
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTripsWithAndWithoutTheDictionary() throws Exception {
        String dict = Dictionaries.current();
        for (String d : new String[] {null, dict}) {
            for (int level : new int[] {1, 3, 9, 19}) {
                byte[] body = ZstdCodec.compress(EVENTS, level, d);
                assertArrayEquals(
                        EVENTS, ZstdCodec.decompress(body, d, EVENTS.length), "level " + level + " dict " + d);
            }
        }
    }

    @Test
    void theDictionaryMakesSmallBatchesSmaller() {
        byte[] small = Arrays.copyOf(EVENTS, 300);
        assertTrue(ZstdCodec.compress(small, 3, Dictionaries.current()).length
                < ZstdCodec.compress(small, 3, null).length);
    }

    @Test
    void aBombIsTooLargeBeforeItIsInflated() throws Exception {
        // 64 MiB of zeros, streamed so the frame does not declare its size: only the bounded read can stop it.
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZstdOutputStream out = new ZstdOutputStream(packed, 19)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
        }
        assertTrue(packed.size() < 64 * 1024, "a small frame: " + packed.size());
        ZstdCodec.BodyException e = assertThrows(
                ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(packed.toByteArray(), null, 1 << 20));
        assertTrue(e.tooLarge(), e.getMessage());
    }

    @Test
    void aFrameDeclaringTooMuchIsTooLarge() {
        byte[] body = ZstdCodec.compress(new byte[2 << 20], 3, null);
        ZstdCodec.BodyException e =
                assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(body, null, 1 << 20));
        assertTrue(e.tooLarge());
    }

    @Test
    void exactlyAtTheLimitIsFine() throws Exception {
        byte[] body = ZstdCodec.compress(EVENTS, 3, null);
        assertEquals(EVENTS.length, ZstdCodec.decompress(body, null, EVENTS.length).length);
        assertTrue(
                assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(body, null, EVENTS.length - 1))
                        .tooLarge());
    }

    @Test
    void truncatedIsCorruptNotTooLarge() {
        byte[] body = ZstdCodec.compress(EVENTS, 3, null);
        byte[] cut = Arrays.copyOf(body, body.length / 2);
        assertFalse(assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(cut, null, 1 << 20))
                .tooLarge());
    }

    @Test
    void garbageIsCorruptNotTooLarge() {
        byte[] garbage = "not zstd at all".getBytes(StandardCharsets.UTF_8);
        assertFalse(assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(garbage, null, 1 << 20))
                .tooLarge());
        assertFalse(assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(new byte[0], null, 1 << 20))
                .tooLarge());
    }

    @Test
    void unknownOrMissingDictionaryIsCorrupt() {
        byte[] withDict = ZstdCodec.compress(EVENTS, 3, Dictionaries.current());
        assertFalse(assertThrows(
                        ZstdCodec.BodyException.class,
                        () -> ZstdCodec.decompress(withDict, "td1-000000000000", 1 << 20))
                .tooLarge());
        assertFalse(assertThrows(ZstdCodec.BodyException.class, () -> ZstdCodec.decompress(withDict, null, 1 << 20))
                .tooLarge());
    }

    @Test
    void bundledDictionaryMatchesItsId() {
        String id = Dictionaries.current();
        assertTrue(id.matches("td1-[0-9a-f]{12}"), id);
        assertTrue(Dictionaries.isKnown(id));
        assertFalse(Dictionaries.isKnown("td1-000000000000"));
        assertFalse(Dictionaries.isKnown(null));
        assertEquals(id, Dictionaries.idOf(Dictionaries.bytes(id)));
    }
}
