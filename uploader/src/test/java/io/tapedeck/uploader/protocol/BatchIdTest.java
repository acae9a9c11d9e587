package io.tapedeck.uploader.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BatchIdTest {
    @Test
    void ordersComponentByComponentWithThePrefixFirst() {
        List<String> ordered = List.of("6", "7", "7.0", "7.1", "7.1.0", "7.1.1", "8", "10");
        List<BatchId> ids = ordered.stream().map(BatchId::parse).collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(ids);
        Collections.sort(ids);
        assertEquals(ordered, ids.stream().map(BatchId::toString).collect(Collectors.toList()));
    }

    @Test
    void halvesExtendTheParent() {
        BatchId seven = BatchId.of(7);
        assertEquals("7.1.0", seven.half(1).half(0).toString());
        assertEquals(7, seven.half(1).sequence());
        assertEquals(BatchId.parse("7.1"), seven.half(1));
        assertTrue(seven.compareTo(seven.half(0)) < 0 && seven.half(1).compareTo(BatchId.of(8)) < 0);
        assertThrows(IllegalArgumentException.class, () -> seven.half(2));
    }

    @Test
    void parseRefusesEverythingButTheCanonicalForm() {
        for (String bad : new String[] {
            "",
            "-1",
            "+1",
            "07",
            "7.",
            ".7",
            "7..0",
            "7.2",
            "7.01",
            "a",
            "7 ",
            "../7",
            "99999999999999999999",
            "1e3",
            "7/0"
        }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BatchId.parse(bad), bad);
            assertTrue(e.getMessage().contains("batch id"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> BatchId.parse(null));
        assertThrows(
                IllegalArgumentException.class, () -> BatchId.parse("1" + ".0".repeat(BatchId.MAX_SPLIT_DEPTH + 1)));
        assertEquals("0", BatchId.parse("0").toString());
        assertEquals(
                Long.MAX_VALUE, BatchId.parse(Long.toString(Long.MAX_VALUE)).sequence());
    }

    @Test
    void protocolIdsAndPaths() {
        assertEquals("/v1/sessions/dev-1/17/batches/3.1", Protocol.batchPath("dev-1", 17, BatchId.parse("3.1")));
        assertTrue(Protocol.isValidDeviceId("A.b_c-9"));
        for (String bad : new String[] {"", ".hidden", "a/b", "..", "a b", "x".repeat(65), "é"}) {
            assertFalse(Protocol.isValidDeviceId(bad), bad);
        }
        assertTrue(Protocol.isValidSessionId("1700000000000"));
        for (String bad : new String[] {"", "-1", "1.0", "99999999999999999999", "9223372036854775808", "12a"}) {
            assertFalse(Protocol.isValidSessionId(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Protocol.batchPath("../x", 1, BatchId.of(0)));
    }
}
