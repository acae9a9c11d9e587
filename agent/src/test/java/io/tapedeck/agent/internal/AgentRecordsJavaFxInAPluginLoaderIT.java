package io.tapedeck.agent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tapedeck.agent.itapps.LayerHostApp;
import io.tapedeck.agent.itapps.PluginHostApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same agent flag records a JavaFX app that a plugin host runs in a class loader of its own,
 * or in a module layer of its own, with JavaFX only there: neither the system class loader nor
 * the agent can see JavaFX.
 */
class AgentRecordsJavaFxInAPluginLoaderIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void javaFxInAPluginClassLoaderIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        List<Path> plugin = new ArrayList<>(FxTestRuntime.javafxJars());
        plugin.add(FxTestRuntime.monocleJar());
        plugin.add(AgentJvm.testClasses());
        ChildJvm child = FxTestRuntime.headless(AgentJvm.in(tmp).javaAgent(AgentJvm.agentJar(), null))
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .main(PluginHostApp.class, FxTestRuntime.pathOf(plugin), "3000");

        ChildJvm.Result result = child.start().awaitExit(LIMIT);

        assertEquals("false", result.printed("hostSeesJavaFx"), "the premise: JavaFX is only in the plugin's loader");
        FxTestRuntime.assertRecorded(
                result, sessions, "JavaFX customer", "JavaFX customer saved", "Tapedeck FX IT app");
    }

    @Test
    void javaFxInAModuleLayerOfThePluginHostIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        List<Path> layer = new ArrayList<>(FxTestRuntime.javafxJars());
        layer.add(FxTestRuntime.monocleJar());
        layer.add(FxTestRuntime.compileModularApp(tmp.resolve("app-modules")));
        ChildJvm child = FxTestRuntime.headless(AgentJvm.in(tmp).javaAgent(AgentJvm.agentJar(), null))
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses())
                .main(LayerHostApp.class, FxTestRuntime.pathOf(layer), "3000");

        ChildJvm.Result result = child.start().awaitExit(LIMIT);

        assertEquals("false", result.printed("hostSeesJavaFx"), "the premise: JavaFX is only in the host's layer");
        FxTestRuntime.assertRecorded(
                result, sessions, "Modular customer", "Modular customer saved", "Tapedeck modular FX IT app");
    }
}
