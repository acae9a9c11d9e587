package io.tapedeck.core.internal.rrweb;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tapedeck.core.internal.dom.Attributes;
import io.tapedeck.core.internal.dom.Changes;
import io.tapedeck.core.internal.dom.DomNode;
import io.tapedeck.core.internal.dom.NodeIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes rrweb events as single JSON lines, streaming with Jackson (no object trees).
 * Event and source codes are rrweb 2.x's ({@code @rrweb/types}). Not thread-safe: one per
 * recorder thread.
 */
public final class RrwebWriter {
    // EventType
    static final int FULL_SNAPSHOT = 2;
    static final int INCREMENTAL_SNAPSHOT = 3;
    static final int META = 4;
    static final int CUSTOM = 5;
    // IncrementalSource
    static final int MUTATION = 0;
    static final int MOUSE_MOVE = 1;
    static final int MOUSE_INTERACTION = 2;
    static final int SCROLL = 3;
    static final int VIEWPORT_RESIZE = 4;
    static final int INPUT = 5;
    // NodeType
    private static final int DOCUMENT = 0;
    private static final int DOCUMENT_TYPE = 1;
    private static final int ELEMENT = 2;
    private static final int TEXT = 3;

    /** rrweb's MouseInteractions codes for focus and blur, which carry no coordinates. */
    private static final int FOCUS = 5;

    private static final int BLUR = 6;

    private final JsonFactory factory = new JsonFactory();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final String stylesheet;

    /** @param stylesheet the CSS of the document's one {@code <style>} element */
    public RrwebWriter(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** One position of a MouseMove batch. */
    public static final class Position {
        public final int x, y;
        public final long id;
        public final long timestamp;

        public Position(int x, int y, long id, long timestamp) {
            this.x = x;
            this.y = y;
            this.id = id;
            this.timestamp = timestamp;
        }
    }

    public byte[] meta(long timestamp, String href, int width, int height) {
        return event(META, timestamp, g -> {
            g.writeStringField("href", href);
            g.writeNumberField("width", width);
            g.writeNumberField("height", height);
        });
    }

    /** A FullSnapshot: Document → doctype → html → head(style) + body → {@code content}. */
    public byte[] fullSnapshot(long timestamp, DomNode content) {
        return event(FULL_SNAPSHOT, timestamp, g -> {
            g.writeObjectFieldStart("node");
            g.writeNumberField("type", DOCUMENT);
            g.writeArrayFieldStart("childNodes");
            g.writeStartObject();
            g.writeNumberField("type", DOCUMENT_TYPE);
            g.writeStringField("name", "html");
            g.writeStringField("publicId", "");
            g.writeStringField("systemId", "");
            g.writeNumberField("id", NodeIds.DOCTYPE);
            g.writeEndObject();
            startElement(g, "html", NodeIds.HTML);
            startElement(g, "head", NodeIds.HEAD);
            startElement(g, "style", NodeIds.STYLE);
            g.writeStartObject();
            g.writeNumberField("type", TEXT);
            g.writeStringField("textContent", stylesheet);
            g.writeBooleanField("isStyle", true);
            g.writeNumberField("id", NodeIds.STYLE_TEXT);
            g.writeEndObject();
            endElement(g); // style
            endElement(g); // head
            startElement(g, "body", NodeIds.BODY);
            if (content != null) writeNode(g, content);
            endElement(g); // body
            endElement(g); // html
            g.writeEndArray();
            g.writeNumberField("id", NodeIds.DOCUMENT);
            g.writeEndObject();
            g.writeObjectFieldStart("initialOffset");
            g.writeNumberField("left", 0);
            g.writeNumberField("top", 0);
            g.writeEndObject();
        });
    }

    public byte[] mutation(long timestamp, Changes c) {
        return incremental(MUTATION, timestamp, g -> {
            g.writeArrayFieldStart("texts");
            for (Changes.Text t : c.texts) {
                g.writeStartObject();
                g.writeNumberField("id", t.id);
                g.writeStringField("value", t.value);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("attributes");
            for (Changes.AttributeChange a : c.attributes) {
                g.writeStartObject();
                g.writeNumberField("id", a.id);
                g.writeObjectFieldStart("attributes");
                for (Map.Entry<String, String> e : a.attributes.entrySet()) {
                    if (e.getValue() == null) g.writeNullField(e.getKey());
                    else g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removes");
            for (Changes.Remove r : c.removes) {
                g.writeStartObject();
                g.writeNumberField("parentId", r.parentId);
                g.writeNumberField("id", r.id);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("adds");
            for (Changes.Add a : c.adds) writeAdd(g, a.parentId, a.nextId, a.node);
            g.writeEndArray();
        });
    }

    /** A batch of pointer positions; offsets are relative to {@code timestamp} (negative). */
    public byte[] mouseMove(long timestamp, List<Position> positions) {
        return incremental(MOUSE_MOVE, timestamp, g -> {
            g.writeArrayFieldStart("positions");
            for (Position p : positions) {
                g.writeStartObject();
                g.writeNumberField("x", p.x);
                g.writeNumberField("y", p.y);
                g.writeNumberField("id", p.id);
                g.writeNumberField("timeOffset", p.timestamp - timestamp);
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    /** @param type rrweb MouseInteractions code */
    public byte[] mouseInteraction(long timestamp, int type, long id, int x, int y) {
        return incremental(MOUSE_INTERACTION, timestamp, g -> {
            g.writeNumberField("type", type);
            g.writeNumberField("id", id);
            if (type != FOCUS && type != BLUR) {
                g.writeNumberField("x", x);
                g.writeNumberField("y", y);
            }
        });
    }

    public byte[] scroll(long timestamp, long id, int x, int y) {
        return incremental(SCROLL, timestamp, g -> {
            g.writeNumberField("id", id);
            g.writeNumberField("x", x);
            g.writeNumberField("y", y);
        });
    }

    public byte[] viewportResize(long timestamp, int width, int height) {
        return incremental(VIEWPORT_RESIZE, timestamp, g -> {
            g.writeNumberField("width", width);
            g.writeNumberField("height", height);
        });
    }

    public byte[] input(long timestamp, long id, String text, boolean checked) {
        return incremental(INPUT, timestamp, g -> {
            g.writeStringField("text", text);
            g.writeBooleanField("isChecked", checked);
            g.writeNumberField("id", id);
        });
    }

    /** A Custom event (an app event or marker on the timeline). */
    public byte[] custom(long timestamp, String tag, Map<String, ?> payload) {
        return event(CUSTOM, timestamp, g -> {
            g.writeStringField("tag", tag);
            g.writeObjectFieldStart("payload");
            for (Map.Entry<String, ?> e : payload.entrySet()) {
                Object v = e.getValue();
                if (v == null) g.writeNullField(e.getKey());
                else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                    g.writeNumberField(e.getKey(), ((Number) v).longValue()); // 3 stays 3, not 3.0
                } else if (v instanceof Number) g.writeNumberField(e.getKey(), ((Number) v).doubleValue());
                else if (v instanceof Boolean) g.writeBooleanField(e.getKey(), (Boolean) v);
                else g.writeStringField(e.getKey(), v.toString());
            }
            g.writeEndObject();
        });
    }

    /**
     * The replayer builds each added node without its children ({@code skipChild}), so a
     * subtree is written as one add per node: the parent first, then its children from last
     * to first, so that every add's parent and next sibling already exist when it is applied.
     */
    private void writeAdd(JsonGenerator g, long parentId, Long nextId, DomNode node) throws IOException {
        g.writeStartObject();
        g.writeNumberField("parentId", parentId);
        if (nextId == null) g.writeNullField("nextId");
        else g.writeNumberField("nextId", nextId);
        g.writeFieldName("node");
        writeNode(g, node, false);
        g.writeEndObject();
        List<DomNode> kids = node.children();
        Long next = null;
        for (int i = kids.size() - 1; i >= 0; i--) {
            DomNode kid = kids.get(i);
            writeAdd(g, node.id(), next, kid);
            next = kid.id();
        }
    }

    private void writeNode(JsonGenerator g, DomNode n) throws IOException {
        writeNode(g, n, true);
    }

    private void writeNode(JsonGenerator g, DomNode n, boolean withChildren) throws IOException {
        g.writeStartObject();
        if (n.isText()) {
            g.writeNumberField("type", TEXT);
            g.writeStringField("textContent", n.text());
            if (n.isStyleText()) g.writeBooleanField("isStyle", true);
        } else {
            g.writeNumberField("type", ELEMENT);
            g.writeStringField("tagName", n.tag());
            g.writeObjectFieldStart("attributes");
            Attributes a = n.attributes();
            for (int i = 0; i < a.size(); i++) {
                String name = a.name(i);
                if (name.equals("checked")) {
                    g.writeBooleanField(name, true);
                } else if (name.startsWith("rr_scroll")) {
                    g.writeNumberField(name, Integer.parseInt(a.value(i)));
                } else {
                    g.writeStringField(name, a.value(i));
                }
            }
            g.writeEndObject();
            if (n.isSvg()) g.writeBooleanField("isSVG", true);
            g.writeArrayFieldStart("childNodes");
            if (withChildren) {
                for (DomNode c : n.children()) writeNode(g, c);
            }
            g.writeEndArray();
        }
        g.writeNumberField("id", n.id());
        g.writeEndObject();
    }

    private static void startElement(JsonGenerator g, String tag, long id) throws IOException {
        g.writeStartObject();
        g.writeNumberField("type", ELEMENT);
        g.writeStringField("tagName", tag);
        g.writeObjectFieldStart("attributes");
        g.writeEndObject();
        g.writeNumberField("id", id);
        g.writeArrayFieldStart("childNodes");
    }

    private static void endElement(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes what goes inside an event's {@code data} object. */
    private interface Data {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] incremental(int source, long timestamp, Data data) {
        return event(INCREMENTAL_SNAPSHOT, timestamp, g -> {
            g.writeNumberField("source", source);
            data.write(g);
        });
    }

    /** {@code {"type": type, "data": {...}, "timestamp": timestamp}} as one line of bytes. */
    private byte[] event(int type, long timestamp, Data data) {
        buffer.reset();
        try (JsonGenerator g = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("type", type);
            g.writeObjectFieldStart("data");
            data.write(g);
            g.writeEndObject();
            g.writeNumberField("timestamp", timestamp);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }
}
