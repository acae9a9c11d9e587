import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as text, one line per type and member, checked against the
 * listing committed in {@code <module>/api/<artifactId>.api} (like OkHttp's {@code okhttp.api}):
 * any change to the public surface fails the build until the listing is regenerated on purpose.
 *
 * <p>Public API: public and protected types and members in {@code io.tapedeck} packages, without
 * packages that have a segment {@code internal}. {@code @Nullable} on parameters and return types
 * is part of it. Run by the root pom's {@code api-listing} profile in {@code verify}:
 *
 * <pre>java ApiListing.java CLASSES_DIR CLASSPATH LISTING_FILE ARTIFACT_ID UPDATE(true|false)</pre>
 */
public final class ApiListing {
    public static void main(String[] args) throws Exception {
        Path classes = Path.of(args[0]);
        String classpath = args[1];
        Path listing = Path.of(args[2]);
        String artifactId = args[3];
        boolean update = args.length > 4 && (args[4].isEmpty() || Boolean.parseBoolean(args[4]));

        String actual = render(classes, classpath, artifactId);
        String expected = Files.exists(listing) ? Files.readString(listing, StandardCharsets.UTF_8) : "";
        if (actual.equals(expected)) {
            System.out.println("[api] " + listing + ": the public API is as listed");
            return;
        }
        if (update) {
            Files.createDirectories(listing.getParent());
            Files.writeString(listing, actual, StandardCharsets.UTF_8);
            System.out.println("[api] " + listing + ": updated; review and commit it");
            return;
        }
        System.err.println("[api] The public API of " + artifactId + " differs from " + listing + ":");
        Set<String> before = new LinkedHashSet<>(expected.lines().collect(Collectors.toList()));
        Set<String> after = new LinkedHashSet<>(actual.lines().collect(Collectors.toList()));
        for (String line : before) if (!after.contains(line)) System.err.println("[api]   - " + line);
        for (String line : after) if (!before.contains(line)) System.err.println("[api]   + " + line);
        System.err.println("[api] A removed or changed line breaks users of the API. If the change is meant,");
        System.err.println("[api] regenerate the listing with -Dtapedeck.api.update and commit it (docs/api.md).");
        System.exit(1);
    }

    static String render(Path classes, String classpath, String artifactId) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) urls.add(Path.of(entry).toUri().toURL());
        }
        TreeMap<String, List<String>> types = new TreeMap<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String relative = classes.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (!relative.endsWith(".class") || !relative.startsWith("io/tapedeck/")) continue;
                if (relative.endsWith("package-info.class") || relative.endsWith("module-info.class")) continue;
                String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                String pkg = name.substring(0, name.lastIndexOf('.'));
                if (Arrays.asList(pkg.split("\\.")).contains("internal")) continue;
                Class<?> type = Class.forName(name, false, loader);
                if (!isApi(type)) continue;
                types.put(type.getName(), describe(type));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Public API of ").append(artifactId)
                .append(" (io.tapedeck packages without *.internal*). Generated: see docs/api.md.\n");
        for (List<String> lines : types.values()) {
            out.append('\n');
            for (String line : lines) out.append(line).append('\n');
        }
        return out.toString();
    }

    private static boolean isApi(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) return false;
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            int m = t.getModifiers();
            if (!Modifier.isPublic(m) && !(Modifier.isProtected(m) && t.getDeclaringClass() != null)) return false;
        }
        return true;
    }

    private static List<String> describe(Class<?> type) {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder(annotations(type));
        header.append(modifiers(type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0), type.isEnum()))
                .append(type.isAnnotation() ? "@interface " : type.isInterface() ? "interface " : type.isEnum() ? "enum " : "class ")
                .append(type.getName().replace('$', '.'));
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum()) {
            header.append(" extends ").append(name(superclass));
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0) {
            header.append(type.isInterface() ? " extends " : " implements ")
                    .append(Arrays.stream(interfaces).map(ApiListing::name).collect(Collectors.joining(", ")));
        }
        lines.add(header.toString());
        boolean extensible = !Modifier.isFinal(type.getModifiers()) && !type.isEnum();
        List<String> members = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (f.isSynthetic() || !visible(f.getModifiers(), extensible)) continue;
            members.add(f.isEnumConstant() ? "constant " + f.getName()
                    : modifiers(f.getModifiers(), false) + annotated(f.getAnnotatedType()) + " " + f.getName());
        }
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (c.isSynthetic() || type.isEnum() || !visible(c.getModifiers(), extensible)) continue;
            members.add(modifiers(c.getModifiers(), false) + "<init>" + parameters(c));
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.isSynthetic() || m.isBridge() || !visible(m.getModifiers(), extensible)) continue;
            int mods = m.getModifiers() & ~(type.isInterface() && !m.isDefault() && !Modifier.isStatic(m.getModifiers()) ? Modifier.ABSTRACT : 0);
            String typeParams = m.getTypeParameters().length == 0 ? ""
                    : Arrays.stream(m.getTypeParameters()).map(ApiListing::name).collect(Collectors.joining(", ", "<", "> "));
            members.add(modifiers(mods, false) + (m.isDefault() ? "default " : "") + typeParams
                    + annotated(m.getAnnotatedReturnType()) + " " + m.getName() + parameters(m));
        }
        members.sort(null);
        for (String member : members) lines.add("  " + member);
        return lines;
    }

    private static boolean visible(int modifiers, boolean extensible) {
        return Modifier.isPublic(modifiers) || (extensible && Modifier.isProtected(modifiers));
    }

    private static String parameters(Executable e) {
        String params = Arrays.stream(e.getAnnotatedParameterTypes()).map(ApiListing::annotated)
                .collect(Collectors.joining(", ", "(", ")"));
        Type[] thrown = e.getGenericExceptionTypes();
        return thrown.length == 0 ? params
                : params + " throws " + Arrays.stream(thrown).map(ApiListing::name).collect(Collectors.joining(", "));
    }

    /** The type, with {@code @Nullable} in front when it is so annotated (nullness is API). */
    private static String annotated(AnnotatedType type) {
        return annotations(type) + name(type.getType());
    }

    private static String annotations(AnnotatedElement element) {
        StringBuilder out = new StringBuilder();
        for (Annotation a : element.getAnnotations()) {
            String simple = a.annotationType().getSimpleName();
            if (simple.equals("Nullable") || simple.equals("NullMarked") || simple.equals("Deprecated")) {
                out.append('@').append(simple).append(' ');
            }
        }
        return out.toString();
    }

    private static String name(Type type) {
        return type.getTypeName().replace('$', '.');
    }

    private static String modifiers(int modifiers, boolean isEnum) {
        int shown = modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL | Modifier.ABSTRACT);
        if (isEnum) shown &= ~(Modifier.FINAL | Modifier.ABSTRACT);
        String text = Modifier.toString(shown);
        return text.isEmpty() ? "" : text + " ";
    }
}
