package io.tapedeck.agent.internal;

import io.tapedeck.agent.itapps.FxFaultyHostApp;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HostFaultsIT} for JavaFX (headless Monocle): {@link FxFaultyHostApp} runs without and with
 * the agent, and for each fault the two runs end alike (exit code, output, the exceptions the
 * app's handler saw), Tapedeck says at most one line, and the recording reaches the final state.
 */
class FxHostFaultsIT {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "cell-throws",
                "layout-throws",
                "toString-throws",
                "huge-text",
                "animation",
                "out-of-memory",
                "exit-from-fx-thread"
            })
    void theAppBehavesAsWithoutTapedeckAndTheRecordingGoesOn(String fault, @TempDir Path tmp) throws Exception {
        HostFaultRuns.assertTheAppBehavesAsWithoutTapedeck(tmp, fault, FxFaultyHostApp.FINAL_STATE, jvm -> {
            FxTestRuntime.headless(jvm);
            if (fault.equals("out-of-memory")) jvm.jvmArg("-Xmx128m");
            jvm.classPath(AgentJvm.testClasses());
            for (Path jar : FxTestRuntime.javafxJars()) jvm.classPath(jar);
            jvm.classPath(FxTestRuntime.monocleJar());
            return jvm.main(FxFaultyHostApp.Main.class, fault);
        });
    }
}
