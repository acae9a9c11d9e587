package io.tapedeck.core.internal.dom;

import io.tapedeck.core.internal.view.ImageData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's bitmaps, each sent once: an invisible {@code <svg>} holding one
 * {@code <symbol>} per distinct image (by content key), which every drawing references with
 * {@code <use href="#…">}. A repainted icon or a gradient cached as a bitmap costs a reference,
 * not its pixels again; the stock player needs nothing special for it (plain SVG). New images
 * are appended, so the library changes by one added node per image.
 */
final class ImageLibrary {
    /** Prefix of the symbols' SVG ids. */
    static final String ID_PREFIX = "tdi-";

    private final DrawingIds ids;
    private final Map<String, DomNode> symbols = new LinkedHashMap<>();
    private DomNode node;

    ImageLibrary(DrawingIds ids) {
        this.ids = ids;
    }

    /** The {@code href} that shows {@code image}, adding it to the library if new. */
    String reference(ImageData image) {
        String key = image.contentKey();
        if (!symbols.containsKey(key)) {
            String w = Integer.toString(Math.max(1, image.width()));
            String h = Integer.toString(Math.max(1, image.height()));
            DomNode picture = DomNode.svgElement(
                    ids.next(),
                    "image",
                    Attributes.builder()
                            .put("href", image.toDataUrl())
                            .put("width", w)
                            .put("height", h)
                            .build(),
                    new ArrayList<>());
            List<DomNode> content = new ArrayList<>(1);
            content.add(picture);
            symbols.put(
                    key,
                    DomNode.svgElement(
                            ids.next(),
                            "symbol",
                            Attributes.builder()
                                    .put("id", ID_PREFIX + key)
                                    .put("viewBox", "0 0 " + w + " " + h)
                                    .put("preserveAspectRatio", "none")
                                    .build(),
                            content));
            node = null;
        }
        return "#" + ID_PREFIX + key;
    }

    boolean isEmpty() {
        return symbols.isEmpty();
    }

    /** The library element (the same object until an image is added). */
    DomNode node(long id) {
        if (node == null || node.id() != id) {
            node = DomNode.svgElement(
                    id,
                    "svg",
                    Attributes.builder()
                            .put("class", "lib")
                            .put("width", "0")
                            .put("height", "0")
                            .put("aria-hidden", "true")
                            .build(),
                    new ArrayList<>(symbols.values()));
        }
        return node;
    }
}
