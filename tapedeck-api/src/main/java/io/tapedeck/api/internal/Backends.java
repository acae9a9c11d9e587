package io.tapedeck.api.internal;

import io.tapedeck.core.internal.log.Log;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link TapedeckBackend} once, by name, with the class loader of the API itself: the
 * agent's implementation is there when the agent jar is on the same class path (a
 * {@code -javaagent} jar is appended to the system class path; tapedeck-agent as a dependency is
 * on it). Absent, every call is a no-op, so an app compiled against tapedeck-api runs the same
 * without the agent, only unrecorded.
 */
public final class Backends {
    /** The agent's implementation, with a public no-argument constructor. */
    public static final String AGENT_BACKEND = "io.tapedeck.agent.internal.AgentBackend";

    private Backends() {}

    /** Null until the first call: the lookup happens when the app first uses the API. */
    private static volatile @Nullable TapedeckBackend backend;

    /** The backend of this JVM, found at first use. */
    public static TapedeckBackend current() {
        TapedeckBackend found = backend;
        if (found != null) return found;
        synchronized (Backends.class) {
            if (backend == null) backend = find(Backends.class.getClassLoader());
            return backend;
        }
    }

    /**
     * For the agent attached to a running JVM ({@code agentmain}): an app that used the API
     * before found no backend; from now on its calls reach the agent's. The agent jar is on the
     * system class path by now.
     */
    public static void agentAttached() {
        synchronized (Backends.class) {
            if (backend instanceof NoBackend) backend = find(Backends.class.getClassLoader());
        }
    }

    /** Whether the agent's recorder is there (otherwise every call is a no-op). */
    public static boolean agentPresent() {
        return !(current() instanceof NoBackend);
    }

    /**
     * {@code Tapedeck.start()} without the agent: the one error line, and no settings read (an
     * invalid one would throw for a recording that cannot happen).
     */
    public static void startWithoutAgent() {
        NoBackend.reportStart();
    }

    /** The agent's backend as {@code loader} sees it, or a {@link NoBackend}. */
    static TapedeckBackend find(ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(AGENT_BACKEND, true, loader);
        } catch (ClassNotFoundException e) {
            return new NoBackend();
        } catch (LinkageError e) {
            return broken(e);
        }
        try {
            return (TapedeckBackend) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return broken(e);
        }
    }

    /** An agent jar that is there but cannot be used: most likely another version than this API's. */
    private static TapedeckBackend broken(Throwable cause) {
        Log.error(
                "the Tapedeck agent on the class path does not work with this tapedeck-api (use the same"
                        + " version of both, e.g. through tapedeck-bom); nothing is recorded",
                cause);
        return new NoBackend();
    }
}
