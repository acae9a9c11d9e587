package io.tapedeck.collector.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonArrayOfLinesTest {
    private static String array(String... batches) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonArrayOfLines array = new JsonArrayOfLines(out);
        for (String b : batches) array.copyLines(new ByteArrayInputStream(b.getBytes(StandardCharsets.UTF_8)));
        array.close();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linesOfSeveralBatchesBecomeOneArray() throws Exception {
        assertEquals("[]", array());
        assertEquals("[{\"a\":1}]", array("{\"a\":1}\n"));
        assertEquals("[{\"a\":1},{\"b\":\"x\\ny\"},{\"c\":3}]", array("{\"a\":1}\n{\"b\":\"x\\ny\"}\n", "{\"c\":3}"));
        assertEquals("[{\"a\":1},{\"c\":3}]", array("{\"a\":1}", "\n\n{\"c\":3}\r\n"));
    }

    @Test
    void linesLongerThanTheBufferAreCopiedWhole() throws Exception {
        String big = "{\"s\":\"" + "x".repeat(200_000) + "\"}";
        assertEquals("[" + big + "," + big + "]", array(big + "\n" + big + "\n"));
    }
}
