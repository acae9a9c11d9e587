package io.tapedeck.core.internal.dom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two renderings of the document, in rrweb's terms: one mutation
 * (removes, adds, text and attribute changes) plus the Input and Scroll events that carry
 * form values and scroll offsets (rrweb replays those as properties, not attributes).
 */
public final class Changes {
    /** A node added under {@code parentId}, before {@code nextId} (null: last child). */
    public static final class Add {
        public final long parentId;
        public final Long nextId;
        public final DomNode node;

        Add(long parentId, Long nextId, DomNode node) {
            this.parentId = parentId;
            this.nextId = nextId;
            this.node = node;
        }
    }

    public static final class Remove {
        public final long parentId;
        public final long id;

        Remove(long parentId, long id) {
            this.parentId = parentId;
            this.id = id;
        }
    }

    public static final class Text {
        public final long id;
        public final String value;

        Text(long id, String value) {
            this.id = id;
            this.value = value;
        }
    }

    /** Changed attributes of one element; a null value removes the attribute. */
    public static final class AttributeChange {
        public final long id;
        public final Map<String, String> attributes;

        AttributeChange(long id, Map<String, String> attributes) {
            this.id = id;
            this.attributes = attributes;
        }
    }

    public static final class Input {
        public final long id;
        public final String text;
        public final boolean checked;

        Input(long id, String text, boolean checked) {
            this.id = id;
            this.text = text;
            this.checked = checked;
        }
    }

    public static final class Scroll {
        public final long id;
        public final int x;
        public final int y;

        Scroll(long id, int x, int y) {
            this.id = id;
            this.x = x;
            this.y = y;
        }
    }

    public final List<Remove> removes = new ArrayList<>();
    public final List<Add> adds = new ArrayList<>();
    public final List<Text> texts = new ArrayList<>();
    public final List<AttributeChange> attributes = new ArrayList<>();
    public final List<Input> inputs = new ArrayList<>();
    public final List<Scroll> scrolls = new ArrayList<>();

    void remove(long parentId, long id) {
        removes.add(new Remove(parentId, id));
    }

    void add(long parentId, Long nextId, DomNode node) {
        adds.add(new Add(parentId, nextId, node));
    }

    void text(long id, String value) {
        texts.add(new Text(id, value));
    }

    void input(long id, String text, boolean checked) {
        inputs.add(new Input(id, text, checked));
    }

    void scroll(long id, int x, int y) {
        scrolls.add(new Scroll(id, x, y));
    }

    void attributes(long id, LinkedHashMap<String, String> changed) {
        attributes.add(new AttributeChange(id, changed));
    }

    /** True when there is something for an rrweb Mutation event. */
    public boolean hasMutation() {
        return !removes.isEmpty() || !adds.isEmpty() || !texts.isEmpty() || !attributes.isEmpty();
    }

    public boolean isEmpty() {
        return !hasMutation() && inputs.isEmpty() && scrolls.isEmpty();
    }
}
