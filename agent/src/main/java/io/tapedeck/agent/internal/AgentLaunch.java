package io.tapedeck.agent.internal;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.TapedeckConfigException;
import io.tapedeck.core.internal.config.AgentArguments;
import io.tapedeck.core.internal.log.Log;

/**
 * What the agent does once the app has loaded {@code java.awt.Window}, on the
 * {@code tapedeck-start} thread, never on an app thread:
 * <ol>
 *   <li>read the configuration (system properties, environment, file, agent arguments); a bad
 *       value is one error line per problem and no capture;</li>
 *   <li>wait until the app runs its event dispatch thread, so the app, not we, initialises
 *       the toolkit;</li>
 *   <li>start the recording, unless the app already started or stopped one itself.</li>
 * </ol>
 */
final class AgentLaunch {
    private AgentLaunch() {}

    /** For an app that loaded {@code java.awt.Window}: waits for its event dispatch thread first. */
    static void launch(String agentArgs) {
        launch(agentArgs, false, null);
    }

    /**
     * For an app that loaded {@code javafx.stage.Window} first: no wait for AWT (a JavaFX app
     * has no event dispatch thread; the JavaFX adapter waits for the FX toolkit itself).
     * {@code javafxLoader} defined that class (null: the boot loader).
     */
    static void launchJavaFx(String agentArgs, ClassLoader javafxLoader) {
        launch(agentArgs, true, javafxLoader);
    }

    /** AWT arrived after JavaFX (a SwingNode, an AWT window): once the app runs AWT, record it too. */
    static void addSwing() throws InterruptedException {
        AwtReadiness.awaitEventDispatchThread();
        UiToolkit.useSwing();
        RecordingControl.toolkitArrived();
    }

    /** JavaFX arrived after AWT (a JFXPanel, a JavaFX stage): record it too. */
    static void addJavaFx(ClassLoader javafxLoader) {
        UiToolkit.useJavaFx(javafxLoader);
        RecordingControl.toolkitArrived();
    }

    private static void launch(String agentArgs, boolean javafx, ClassLoader javafxLoader) {
        try {
            TapedeckConfig config;
            try {
                config = AgentArguments.load(agentArgs);
            } catch (TapedeckConfigException e) {
                // Each problem line is complete on its own: key, value, what is allowed.
                for (String problem : e.problems()) Log.error(problem + " (capture disabled)");
                return;
            }
            if (!config.enabled()) {
                Log.debug("tapedeck.enabled=false: the agent stays idle");
                return;
            }
            if (javafx) {
                UiToolkit.useJavaFx(javafxLoader);
            } else {
                AwtReadiness.awaitEventDispatchThread();
                UiToolkit.useSwing();
            }
            RecordingControl.startForAgent(config);
        } catch (Throwable t) { // through the agent's boundary; the catch is here because the body waits
            // (InterruptedException)
            AgentBoundaries.AGENT.fail("starting to record (capture disabled)", t);
        }
    }
}
