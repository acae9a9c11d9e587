package io.tapedeck.agent.internal;

import io.tapedeck.core.internal.safety.ErrorBoundary;

/**
 * The agent's error boundaries (core's {@link ErrorBoundary}): what the agent runs for the host
 * app (starting and stopping recordings, its threads and shutdown hook), the public API's calls
 * into it, and its calls across into the uploader's class loader. Each logs a failure once per
 * place and never throws into the app; none switches anything off by itself, since each call
 * stands on its own (a recording that fails to start is simply not running).
 *
 * <p>Not here: premain/agentmain ({@link AgentEntry}), the {@code tapedeck-start} threads
 * ({@link AgentStartup}, {@link SecondToolkitStartup}) and the class-load watcher
 * ({@link WindowLoadWatcher}) keep their own {@code catch}: a JVM that never shows a window must
 * load no other class of ours, and the watcher runs inside the JVM's class loading, where
 * loading a class is not allowed.
 */
final class AgentBoundaries {
    /** Starting, stopping, flushing and closing recordings; the agent's own threads and hooks. */
    static final ErrorBoundary AGENT = ErrorBoundary.logging("the agent");
    /** The public {@code io.tapedeck.Tapedeck} API's calls into the agent. */
    static final ErrorBoundary API = ErrorBoundary.logging("the Tapedeck API");
    /** Calls across into the uploader's class loader (offer, flush, close). */
    static final ErrorBoundary UPLOADS = ErrorBoundary.logging("the uploader");

    private AgentBoundaries() {}
}
