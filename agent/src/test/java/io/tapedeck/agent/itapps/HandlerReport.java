package io.tapedeck.agent.itapps;

/**
 * What the faulty host apps print for an exception their uncaught-exception handler saw: the
 * same line with and without the agent, except where the agent is to blame.
 */
final class HandlerReport {
    private HandlerReport() {}

    /**
     * {@code Class: message}, or null for nothing to print; marked when the thread is Tapedeck's (that must never reach the
     * app). An {@code OutOfMemoryError} on a thread of the JVM or the toolkit (JavaFX's pulse
     * timer, say) is left out: which thread allocates first while the app fills its heap is a
     * race of the app's own, with or without the agent.
     */
    static String line(Thread thread, Throwable e) {
        String seen = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (thread.getName().startsWith("tapedeck")) return seen + " (from Tapedeck's thread " + thread.getName() + ")";
        if (e instanceof OutOfMemoryError) return null;
        return seen;
    }
}
