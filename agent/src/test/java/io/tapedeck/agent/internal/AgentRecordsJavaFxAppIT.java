package io.tapedeck.agent.internal;

import io.tapedeck.agent.itapps.FxApp;
import io.tapedeck.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent records a JavaFX app (JavaFX on the class path; headless Monocle) with no change to the app. */
class AgentRecordsJavaFxAppIT {
    @Test
    void aJavaFxAppWithTheAgentIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm child = FxTestRuntime.headless(AgentJvm.in(tmp).javaAgent(AgentJvm.agentJar(), null))
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.testClasses());
        for (Path jar : FxTestRuntime.javafxJars()) child.classPath(jar);
        child.classPath(FxTestRuntime.monocleJar());

        ChildJvm.Result result = child.main(FxApp.Main.class, "3000").start().awaitExit(Duration.ofSeconds(60));

        FxTestRuntime.assertRecorded(
                result, sessions, "JavaFX customer", "JavaFX customer saved", "Tapedeck FX IT app");
    }

    @Test
    void aJavaFxAppStartingTapedeckFromCodeWithoutTheAgentIsRecorded(@TempDir Path tmp) throws Exception {
        Path sessions = tmp.resolve("sessions");
        ChildJvm child = FxTestRuntime.headless(AgentJvm.in(tmp))
                .jvmArg("-Dtapedeck.serverUrl=" + AgentJvm.fileUrl(sessions))
                .jvmArg("-Dtapedeck.dataDir=" + tmp.resolve("data"))
                .classPath(AgentJvm.agentJar())
                .classPath(AgentJvm.testClasses());
        for (Path jar : FxTestRuntime.javafxJars()) child.classPath(jar);
        child.classPath(FxTestRuntime.monocleJar());

        ChildJvm.Result result =
                child.main(FxApp.StartsTapedeck.class, "3000").start().awaitExit(Duration.ofSeconds(60));

        FxTestRuntime.assertRecorded(
                result, sessions, "JavaFX customer", "JavaFX customer saved", "Tapedeck FX IT app");
    }
}
