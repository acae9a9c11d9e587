package io.tapedeck.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tapedeck.TapedeckConfigException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentArgumentsTest {
    @Test
    void splitsCommaSeparatedPairsInOrder() {
        Map<String, String> args =
                AgentArguments.parse("config=/etc/td.properties,tapedeck.debug=true, maxCapturesPerSecond = 5 ,");
        assertEquals(List.of("config", "tapedeck.debug", "maxCapturesPerSecond"), List.copyOf(args.keySet()));
        assertEquals(List.of("/etc/td.properties", "true", "5"), List.copyOf(args.values()));
    }

    @Test
    void noArgumentsIsNoValues() {
        assertEquals(Map.of(), AgentArguments.parse(null));
        assertEquals(Map.of(), AgentArguments.parse(""));
        assertEquals(Map.of(), AgentArguments.parse(" , "));
    }

    @Test
    void onlyTheFirstEqualsSignSeparates() {
        assertEquals(Map.of("serverUrl", "file:///tmp/a=b"), AgentArguments.parse("serverUrl=file:///tmp/a=b"));
    }

    @Test
    void laterRepeatWins() {
        assertEquals(Map.of("debug", "false"), AgentArguments.parse("debug=true,debug=false"));
    }

    @Test
    void entriesThatAreNotKeyValueAreErrors() {
        TapedeckConfigException e = assertThrows(
                TapedeckConfigException.class, () -> AgentArguments.parse("debug,=5,maxCapturesPerSecond=5"));
        assertEquals(
                List.of(
                        "agent argument \"debug\": expected key=value, e.g. config=/etc/tapedeck.properties or maxCapturesPerSecond=5, separated by commas",
                        "agent argument \"=5\": expected key=value, e.g. config=/etc/tapedeck.properties or maxCapturesPerSecond=5, separated by commas"),
                e.problems());
    }
}
