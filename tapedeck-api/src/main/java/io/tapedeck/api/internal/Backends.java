package io.tapedeck.api.internal;

import io.tapedeck.core.internal.log.Log;

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

    private static final class Holder {
        static final TapedeckBackend BACKEND = find(Backends.class.getClassLoader());
    }

    /** The backend of this JVM, found at first use. */
    public static TapedeckBackend current() {
        return Holder.BACKEND;
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
