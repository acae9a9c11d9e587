package io.tapedeck.collector;

import java.util.ArrayList;
import java.util.List;

/** Hand-made rrweb events and batch bodies, shaped like Tapedeck's own output. */
final class TestEvents {
    static final String WINDOW_TITLE = "Order Entry";
    static final String LABEL_BEFORE = "Hello Tapedeck";
    static final String LABEL_AFTER = "Button clicked";
    /** Offset of the click from the session's start. */
    static final long CLICK_OFFSET = 1_000;

    static final long TEXT_OFFSET = 1_200;

    private TestEvents() {}

    /**
     * A small, valid session: Meta, FullSnapshot (a window with a title bar, a label and a
     * button), a click on the button and a text mutation of the label.
     */
    static List<String> session(long start) {
        List<String> lines = new ArrayList<>();
        lines.add("{\"type\":4,\"data\":{\"href\":\"tapedeck://test\",\"width\":640,\"height\":400},\"timestamp\":"
                + start + "}");
        lines.add("{\"type\":2,\"data\":{\"node\":{\"type\":0,\"id\":1,\"childNodes\":["
                + "{\"type\":1,\"id\":2,\"name\":\"html\",\"publicId\":\"\",\"systemId\":\"\"},"
                + "{\"type\":2,\"id\":3,\"tagName\":\"html\",\"attributes\":{},\"childNodes\":["
                + "{\"type\":2,\"id\":4,\"tagName\":\"head\",\"attributes\":{},\"childNodes\":[]},"
                + "{\"type\":2,\"id\":7,\"tagName\":\"body\",\"attributes\":{\"style\":\"margin:0\"},\"childNodes\":["
                + "{\"type\":2,\"id\":80,\"tagName\":\"div\",\"attributes\":{\"class\":\"w\",\"data-td-kind\":\"window\","
                + "\"data-td-class\":\"javax.swing.JFrame\",\"style\":\"position:absolute;left:10px;top:10px;width:600px;height:360px;background:#eee\"},"
                + "\"childNodes\":["
                + "{\"type\":2,\"id\":83,\"tagName\":\"div\",\"attributes\":{\"class\":\"tb\",\"style\":\"height:24px\"},"
                + "\"childNodes\":[{\"type\":3,\"id\":84,\"textContent\":\"" + WINDOW_TITLE + "\"}]},"
                + "{\"type\":2,\"id\":88,\"tagName\":\"div\",\"attributes\":{\"data-td-kind\":\"label\",\"id\":\"label\","
                + "\"style\":\"position:absolute;left:20px;top:40px\"},"
                + "\"childNodes\":[{\"type\":3,\"id\":89,\"textContent\":\"" + LABEL_BEFORE + "\"}]},"
                + "{\"type\":2,\"id\":96,\"tagName\":\"button\",\"attributes\":{\"data-td-kind\":\"button\","
                + "\"style\":\"position:absolute;left:20px;top:80px\"},"
                + "\"childNodes\":[{\"type\":3,\"id\":97,\"textContent\":\"Click me\"}]}"
                + "]}]}]}]},\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":" + (start + 1) + "}");
        lines.add(
                "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":60,\"y\":100,\"id\":96,\"timeOffset\":0}]},\"timestamp\":"
                        + (start + 500) + "}");
        lines.add("{\"type\":3,\"data\":{\"source\":2,\"type\":2,\"id\":96,\"x\":60,\"y\":100},\"timestamp\":"
                + (start + CLICK_OFFSET) + "}");
        lines.add("{\"type\":3,\"data\":{\"source\":0,\"texts\":[{\"id\":89,\"value\":\"" + LABEL_AFTER + "\"}],"
                + "\"attributes\":[],\"removes\":[],\"adds\":[]},\"timestamp\":" + (start + TEXT_OFFSET) + "}");
        lines.add(
                "{\"type\":5,\"data\":{\"tag\":\"order-saved\",\"payload\":{}},\"timestamp\":" + (start + 1_500) + "}");
        lines.add(
                "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":70,\"y\":110,\"id\":96,\"timeOffset\":0}]},\"timestamp\":"
                        + (start + 2_000) + "}");
        return lines;
    }

    /** A custom event whose payload names the batch and the line: lets tests check order. */
    static String marker(long timestamp, String label) {
        return "{\"type\":5,\"data\":{\"tag\":\"m\",\"payload\":{\"label\":\"" + label + "\"}},\"timestamp\":"
                + timestamp + "}";
    }
}
