package io.tapedeck.core.internal.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies rrweb events to an in-memory document the way the replayer does, failing on
 * anything the replayer could not apply: an event before Meta, an id used twice, a parent,
 * sibling or target that does not exist, a Mutation before any FullSnapshot.
 */
final class Mirror {
    static final ObjectMapper JSON = new ObjectMapper();

    static final class Node {
        final long id;
        final String tag; // null for text and non-elements
        final int type;
        final Map<String, String> attributes = new LinkedHashMap<>();
        String text;
        String value;
        boolean checked;
        boolean svg;
        int scrollX, scrollY;
        Node parent;
        final List<Node> children = new ArrayList<>();

        Node(long id, int type, String tag) {
            this.id = id;
            this.type = type;
            this.tag = tag;
        }

        String textContent() {
            if (type == 3) return text;
            StringBuilder sb = new StringBuilder();
            for (Node c : children) sb.append(c.textContent());
            return sb.toString();
        }
    }

    final Map<Long, Node> byId = new HashMap<>();
    Node document;
    boolean sawMeta;
    int width, height;
    long lastTimestamp = Long.MIN_VALUE;
    final List<JsonNode> events = new ArrayList<>();

    static Mirror replay(List<String> lines) {
        Mirror m = new Mirror();
        for (String line : lines) m.apply(line);
        return m;
    }

    void apply(String line) {
        JsonNode e;
        try {
            e = JSON.readTree(line);
        } catch (Exception ex) {
            throw new AssertionError("not JSON: " + line, ex);
        }
        events.add(e);
        long ts = e.get("timestamp").asLong();
        assertTrue(ts >= lastTimestamp, "timestamps go backwards at " + line);
        lastTimestamp = ts;
        int type = e.get("type").asInt();
        JsonNode d = e.get("data");
        assertNotNull(d, "event without data");
        switch (type) {
            case 4:
                sawMeta = true;
                width = d.get("width").asInt();
                height = d.get("height").asInt();
                assertTrue(d.get("href").isTextual());
                break;
            case 2:
                assertTrue(sawMeta, "FullSnapshot before Meta");
                byId.clear();
                document = build(d.get("node"), null);
                assertEquals(0, document.type);
                assertEquals(1, document.children.get(0).type, "doctype first");
                Node html = document.children.get(1);
                assertEquals("html", html.tag);
                assertEquals("head", html.children.get(0).tag);
                assertEquals("body", html.children.get(1).tag);
                break;
            case 3:
                assertNotNull(document, "incremental event before FullSnapshot");
                incremental(d);
                break;
            case 5:
                break;
            default:
                fail("unexpected event type " + type);
        }
    }

    private void incremental(JsonNode d) {
        int source = d.get("source").asInt();
        switch (source) {
            case 0:
                for (JsonNode r : d.get("removes")) {
                    Node n = existing(r.get("id").asLong());
                    Node p = existing(r.get("parentId").asLong());
                    assertTrue(p.children.remove(n), "remove of a node that is not a child of " + p.id);
                    forget(n);
                }
                List<JsonNode> pending = new ArrayList<>();
                d.get("adds").forEach(pending::add);
                // The replayer retries adds whose next sibling arrives later in the same batch.
                int guard = pending.size() * pending.size() + 1;
                while (!pending.isEmpty() && guard-- > 0) {
                    JsonNode a = pending.remove(0);
                    JsonNode next = a.get("nextId");
                    if (next != null && !next.isNull() && !byId.containsKey(next.asLong())) {
                        pending.add(a);
                        continue;
                    }
                    Node p = byId.get(a.get("parentId").asLong());
                    if (p == null) {
                        pending.add(a);
                        continue;
                    }
                    // Like the replayer (skipChild): an added node comes without its children.
                    assertEquals(0, a.get("node").path("childNodes").size(), "adds carry one node each");
                    Node n = build(a.get("node"), p);
                    p.children.remove(n);
                    if (next == null || next.isNull()) p.children.add(n);
                    else {
                        int at = p.children.indexOf(existing(next.asLong()));
                        assertTrue(at >= 0, "nextId " + next + " is not a child of " + p.id);
                        p.children.add(at, n);
                    }
                }
                assertTrue(pending.isEmpty(), "adds whose parent or nextId never appears: " + pending);
                for (JsonNode t : d.get("texts"))
                    existing(t.get("id").asLong()).text = t.get("value").asText();
                for (JsonNode a : d.get("attributes")) {
                    Node n = existing(a.get("id").asLong());
                    Iterator<Map.Entry<String, JsonNode>> it =
                            a.get("attributes").fields();
                    while (it.hasNext()) {
                        Map.Entry<String, JsonNode> f = it.next();
                        if (f.getValue().isNull()) n.attributes.remove(f.getKey());
                        else n.attributes.put(f.getKey(), f.getValue().asText());
                    }
                }
                break;
            case 1:
                for (JsonNode p : d.get("positions")) {
                    existing(p.get("id").asLong());
                    assertTrue(p.get("timeOffset").asLong() <= 0, "positions lie in the past");
                }
                break;
            case 2:
                existing(d.get("id").asLong());
                break;
            case 3: {
                Node n = existing(d.get("id").asLong());
                n.scrollX = d.get("x").asInt();
                n.scrollY = d.get("y").asInt();
                break;
            }
            case 4:
                width = d.get("width").asInt();
                height = d.get("height").asInt();
                break;
            case 5: {
                Node n = existing(d.get("id").asLong());
                assertTrue("input".equals(n.tag) || "textarea".equals(n.tag), "Input on a " + n.tag);
                n.value = d.get("text").asText();
                n.checked = d.get("isChecked").asBoolean();
                break;
            }
            default:
                fail("unexpected source " + source);
        }
    }

    private Node build(JsonNode sn, Node parent) {
        long id = sn.get("id").asLong();
        assertTrue(!byId.containsKey(id), "id used twice: " + id);
        int type = sn.get("type").asInt();
        Node n = new Node(id, type, type == 2 ? sn.get("tagName").asText() : null);
        n.parent = parent;
        if (type == 3) n.text = sn.get("textContent").asText();
        if (type == 2) {
            n.svg = sn.path("isSVG").asBoolean(false);
            if (parent != null && parent.svg) {
                assertTrue(
                        n.svg,
                        "<" + n.tag
                                + "> inside an <svg> must be marked isSVG, or the replayer creates an HTML element");
            }
            Iterator<Map.Entry<String, JsonNode>> it = sn.get("attributes").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                n.attributes.put(f.getKey(), f.getValue().asText());
            }
            n.value = n.attributes.get("value");
            n.checked = n.attributes.containsKey("checked");
            if (n.attributes.containsKey("rr_scrollTop"))
                n.scrollY = Integer.parseInt(n.attributes.get("rr_scrollTop"));
            if (n.attributes.containsKey("rr_scrollLeft"))
                n.scrollX = Integer.parseInt(n.attributes.get("rr_scrollLeft"));
        }
        byId.put(id, n);
        JsonNode kids = sn.get("childNodes");
        if (kids != null) {
            for (JsonNode k : kids) {
                Node c = build(k, n);
                n.children.add(c);
            }
        }
        return n;
    }

    private void forget(Node n) {
        byId.remove(n.id);
        for (Node c : n.children) forget(c);
    }

    Node existing(long id) {
        Node n = byId.get(id);
        assertNotNull(n, "no node with id " + id);
        return n;
    }

    Node element(long viewKey) {
        return existing(viewKey * 8);
    }

    /** Incremental events of the given source after the last FullSnapshot. */
    List<JsonNode> incrementals(int source) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode e : events) {
            if (e.get("type").asInt() == 3 && e.get("data").get("source").asInt() == source) out.add(e.get("data"));
        }
        return out;
    }

    static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
