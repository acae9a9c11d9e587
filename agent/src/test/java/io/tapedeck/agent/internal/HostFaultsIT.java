package io.tapedeck.agent.internal;

import io.tapedeck.agent.itapps.FaultyHostApp;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bugs of the host app never become Tapedeck's: {@link FaultyHostApp} runs once without the agent
 * and once with it, and for each fault the two runs end alike (exit code, everything the app
 * printed, the exceptions its own handler saw), Tapedeck says at most one line about it, and the
 * recording goes on to the app's final state.
 */
class HostFaultsIT {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "getText-throws",
                "paint-throws",
                "toString-throws",
                "odd-text",
                "renderer-throws",
                "repaint-loop",
                "custom-repaint-manager",
                "look-and-feel-throws",
                "out-of-memory",
                "exit-from-edt"
            })
    void theAppBehavesAsWithoutTapedeckAndTheRecordingGoesOn(String fault, @TempDir Path tmp) throws Exception {
        HostFaultRuns.assertTheAppBehavesAsWithoutTapedeck(tmp, fault, FaultyHostApp.FINAL_STATE, jvm -> {
            if (fault.equals("out-of-memory")) jvm.jvmArg("-Xmx96m");
            return jvm.classPath(AgentJvm.testClasses()).main(FaultyHostApp.class, fault);
        });
    }
}
