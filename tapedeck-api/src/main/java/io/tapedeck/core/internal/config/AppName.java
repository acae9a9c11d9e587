package io.tapedeck.core.internal.config;

/**
 * A short, file-name-safe name for the running app, so each app gets its own spool: the main
 * class's simple name, or the jar's name without {@code .jar}, from {@code sun.java.command}.
 */
final class AppName {
    private AppName() {}

    static String current() {
        return of(System.getProperty("sun.java.command", ""));
    }

    static String of(String command) {
        String first = command.trim().split("\\s+", 2)[0];
        int slash = Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\'));
        String name = first.substring(slash + 1);
        if (name.endsWith(".jar")) {
            name = name.substring(0, name.length() - 4);
        } else {
            name = name.substring(name.lastIndexOf('.') + 1);
        }
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) return "app";
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
