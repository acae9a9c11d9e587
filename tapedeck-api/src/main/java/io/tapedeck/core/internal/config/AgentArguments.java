package io.tapedeck.core.internal.config;

import io.tapedeck.TapedeckConfig;
import io.tapedeck.TapedeckConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code -javaagent:tapedeck-agent.jar=ARGS} string: {@code config=PATH,key=value,...},
 * comma separated, keys with or without the {@code tapedeck.} prefix. Values set here rank like
 * values set from code: below system properties and environment, above the file.
 * A value cannot contain a comma; put such values in the file.
 */
public final class AgentArguments {
    private AgentArguments() {}

    /**
     * Splits {@code args} into key/value pairs in the order given (a repeated key: the last wins).
     * Keys are returned as written; unknown keys are reported when the configuration is built.
     *
     * @throws TapedeckConfigException for entries that are not {@code key=value}
     */
    public static Map<String, String> parse(String args) {
        Map<String, String> values = new LinkedHashMap<>();
        if (args == null || args.isBlank()) return values;
        List<String> problems = new ArrayList<>();
        for (String entry : args.split(",")) {
            if (entry.isBlank()) continue;
            int eq = entry.indexOf('=');
            String key = eq < 0 ? "" : entry.substring(0, eq).trim();
            if (key.isEmpty()) {
                problems.add("agent argument \"" + entry.trim()
                        + "\": expected key=value, e.g. config=/etc/tapedeck.properties"
                        + " or maxCapturesPerSecond=5, separated by commas");
                continue;
            }
            values.remove(key);
            values.put(key, entry.substring(eq + 1).trim());
        }
        if (!problems.isEmpty()) throw new TapedeckConfigException(problems);
        return values;
    }

    /**
     * The configuration for an agent started with {@code args}: these values, plus system
     * properties, environment and the file, as {@link TapedeckConfig#load()} reads them.
     *
     * @throws TapedeckConfigException listing every problem
     */
    public static TapedeckConfig load(String args) {
        TapedeckConfig.Builder builder = TapedeckConfig.builder();
        parse(args).forEach(builder::set);
        return builder.build();
    }
}
