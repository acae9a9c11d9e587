package io.tapedeck.agent.internal;

import io.tapedeck.agent.itapps.FxApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same agent flag records an app whose JavaFX is on the module path: JavaFX's modules in the
 * boot layer, the agent in the unnamed module. Monocle joins {@code javafx.graphics} by
 * {@code --patch-module}: on the class path it could not reach Glass's unexported packages.
 */
class AgentRecordsJavaFxOnTheModulePathIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @Test
    void aClassPathAppWithJavaFxOnTheModulePathIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm child = withJavaFxModules(tmp, sessions, FxTestRuntime.pathOf(FxTestRuntime.javafxJars()))
                .jvmArg("--add-modules")
                .jvmArg("javafx.controls")
                .classPath(AgentJvm.testClasses())
                .main(FxApp.Main.class, "3000");

        ChildJvm.Result result = child.start().awaitExit(LIMIT);

        FxTestRuntime.assertRecorded(
                result, sessions, "JavaFX customer", "JavaFX customer saved", "Tapedeck FX IT app");
    }

    @Test
    void anAppThatIsANamedModuleIsRecorded(@TempDir Path tmp) throws Exception {
        Path modules = FxTestRuntime.compileModularApp(tmp.resolve("app-modules"));
        Path sessions = tmp.resolve("sessions");
        List<Path> modulePath = new ArrayList<>(FxTestRuntime.javafxJars());
        modulePath.add(modules);
        ChildJvm child = withJavaFxModules(tmp, sessions, FxTestRuntime.pathOf(modulePath))
                .mainInModule("tapedeck.itapp.fx", "io.tapedeck.itapp.fx.ModularFxApp", "3000");

        ChildJvm.Result result = child.start().awaitExit(LIMIT);

        FxTestRuntime.assertRecorded(
                result, sessions, "Modular customer", "Modular customer saved", "Tapedeck modular FX IT app");
    }

    private static ChildJvm withJavaFxModules(Path tmp, Path sessions, String modulePath) {
        return FxTestRuntime.headless(AgentJvm.in(tmp).javaAgent(AgentJvm.agentJar(), null))
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .jvmArg("--module-path")
                .jvmArg(modulePath)
                .jvmArg("--patch-module")
                .jvmArg("javafx.graphics=" + FxTestRuntime.monocleJar());
    }
}
