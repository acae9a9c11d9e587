package io.tapedeck.examples.fidelity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the scripted app saw at each scene, as {@code scenes.json} next to the screenshots:
 * the look and feel, the UI scale, and per scene its wall-clock moment, how long it held, and
 * per showing window its bounds (user space), the captured area (bounds clipped to the
 * screen), the screenshot file (device pixels) and the texts it showed.
 */
final class SceneManifest {
    static final String FILE_NAME = "scenes.json";
    private static final JsonFactory JSON = new JsonFactory();

    final String laf;
    final String lafClass;
    final double uiScale;
    final List<Scene> scenes = new ArrayList<>();

    SceneManifest(String laf, String lafClass, double uiScale) {
        this.laf = laf;
        this.lafClass = lafClass;
        this.uiScale = uiScale;
    }

    /** A moment of the script: shown from {@code at} (screenshots taken) until {@code until}. */
    static final class Scene {
        final String name;
        final long at;
        final long until;
        final List<Shot> shots;

        Scene(String name, long at, long until, List<Shot> shots) {
            this.name = name;
            this.at = at;
            this.until = until;
            this.shots = Collections.unmodifiableList(new ArrayList<>(shots));
        }
    }

    /** One window at one scene. */
    static final class Shot {
        final String title;
        final String windowClass;
        final Rectangle bounds;
        /** The part of {@link #bounds} on screen, which the screenshot shows. */
        final Rectangle captured;

        final String png;
        final List<String> texts;

        Shot(String title, String windowClass, Rectangle bounds, Rectangle captured, String png, List<String> texts) {
            this.title = title == null ? "" : title;
            this.windowClass = windowClass;
            this.bounds = new Rectangle(bounds);
            this.captured = captured == null ? null : new Rectangle(captured);
            this.png = png;
            this.texts = Collections.unmodifiableList(new ArrayList<>(texts));
        }

        Shot captured(Rectangle area, String file) {
            return new Shot(title, windowClass, bounds, area, file, texts);
        }

        /** A short name for reports: the title, else the window class's simple name. */
        String label() {
            if (!title.isEmpty()) {
                return title;
            }
            String name = windowClass.substring(windowClass.lastIndexOf('.') + 1);
            String inner = name.substring(name.lastIndexOf('$') + 1);
            // An anonymous class (a JavaFX combo box's popup: ComboBoxPopupControl$3) says nothing: its outer class
            // does.
            return inner.chars().allMatch(Character::isDigit) ? name.substring(0, name.indexOf('$')) : inner;
        }
    }

    void add(Scene scene) {
        scenes.add(scene);
    }

    /** Written to a temporary file and moved, so a reader never sees half a manifest. */
    void write(Path file) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("laf", laf);
            g.writeStringField("lafClass", lafClass);
            g.writeNumberField("uiScale", uiScale);
            g.writeArrayFieldStart("scenes");
            for (Scene scene : scenes) {
                g.writeStartObject();
                g.writeStringField("name", scene.name);
                g.writeNumberField("at", scene.at);
                g.writeNumberField("until", scene.until);
                g.writeArrayFieldStart("windows");
                for (Shot shot : scene.shots) {
                    g.writeStartObject();
                    g.writeStringField("title", shot.title);
                    g.writeStringField("class", shot.windowClass);
                    writeRect(g, "bounds", shot.bounds);
                    writeRect(g, "captured", shot.captured);
                    g.writeStringField("png", shot.png);
                    g.writeArrayFieldStart("texts");
                    for (String t : shot.texts) {
                        g.writeString(t);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeRect(JsonGenerator g, String name, Rectangle r) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(r.x);
        g.writeNumber(r.y);
        g.writeNumber(r.width);
        g.writeNumber(r.height);
        g.writeEndArray();
    }

    static SceneManifest read(Path file) throws IOException {
        try (JsonParser p = JSON.createParser(Files.readString(file, StandardCharsets.UTF_8))) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            String laf = null;
            String lafClass = null;
            double scale = 1;
            List<Scene> scenes = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "laf":
                        laf = p.getText();
                        break;
                    case "lafClass":
                        lafClass = p.getText();
                        break;
                    case "uiScale":
                        scale = p.getDoubleValue();
                        break;
                    case "scenes":
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            scenes.add(readScene(p));
                        }
                        break;
                    default:
                        p.skipChildren();
                }
            }
            SceneManifest manifest = new SceneManifest(laf, lafClass, scale);
            manifest.scenes.addAll(scenes);
            return manifest;
        }
    }

    private static Scene readScene(JsonParser p) throws IOException {
        String name = null;
        long at = 0;
        long until = 0;
        List<Shot> shots = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name":
                    name = p.getText();
                    break;
                case "at":
                    at = p.getLongValue();
                    break;
                case "until":
                    until = p.getLongValue();
                    break;
                case "windows":
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        shots.add(readShot(p));
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Scene(name, at, until, shots);
    }

    private static Shot readShot(JsonParser p) throws IOException {
        String title = null;
        String windowClass = null;
        Rectangle bounds = null;
        Rectangle captured = null;
        String png = null;
        List<String> texts = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "title":
                    title = p.getText();
                    break;
                case "class":
                    windowClass = p.getText();
                    break;
                case "bounds":
                    bounds = readRect(p);
                    break;
                case "captured":
                    captured = readRect(p);
                    break;
                case "png":
                    png = p.getText();
                    break;
                case "texts":
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        texts.add(p.getText());
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        return new Shot(title, windowClass, bounds, captured, png, texts);
    }

    private static Rectangle readRect(JsonParser p) throws IOException {
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            p.nextToken();
            v[i] = p.getIntValue();
        }
        expect(p.nextToken(), JsonToken.END_ARRAY);
        return new Rectangle(v[0], v[1], v[2], v[3]);
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws IOException {
        if (actual != wanted) {
            throw new IOException("scene manifest: expected " + wanted + ", found " + actual);
        }
    }
}
