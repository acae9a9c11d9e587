package io.tapedeck.collector.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class WindowTitlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String titleOf(String node) throws Exception {
        return WindowTitles.find(JSON.readTree(node));
    }

    @Test
    void theTitleBarTextOfTheFirstWindowIsTheTitle() throws Exception {
        assertEquals(
                "Invoices",
                titleOf(
                        "{\"type\":2,\"tagName\":\"body\",\"attributes\":{},\"childNodes\":["
                                + "{\"type\":2,\"attributes\":{\"data-td-kind\":\"window\",\"data-td-class\":\"javax.swing.JFrame\"},\"childNodes\":["
                                + "{\"type\":2,\"attributes\":{\"class\":\"tb\"},\"childNodes\":[{\"type\":3,\"textContent\":\" Invoices \"}]}]},"
                                + "{\"type\":2,\"attributes\":{\"data-td-kind\":\"window\"},\"childNodes\":["
                                + "{\"type\":2,\"attributes\":{\"class\":\"tb\"},\"childNodes\":[{\"type\":3,\"textContent\":\"Second\"}]}]}]}"));
    }

    @Test
    void theTitleAttributeWinsAlsoWithoutATitleBar() throws Exception {
        assertEquals(
                "Tapedeck CRM",
                titleOf(
                        "{\"type\":2,\"attributes\":{\"data-td-kind\":\"window\","
                                + "\"data-td-class\":\"javax.swing.JFrame\",\"data-td-title\":\"Tapedeck CRM\"},\"childNodes\":[]}"));
    }

    @Test
    void anUntitledWindowIsNamedByItsClass() throws Exception {
        assertEquals(
                "com.acme.Splash",
                titleOf("{\"type\":2,\"attributes\":{\"data-td-kind\":\"window\","
                        + "\"data-td-class\":\"com.acme.Splash\"},\"childNodes\":[]}"));
        assertNull(titleOf("{\"type\":2,\"attributes\":{\"data-td-kind\":\"panel\"},\"childNodes\":[]}"));
    }
}
