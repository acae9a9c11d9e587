package io.tapedeck;

import java.util.List;

/**
 * The configuration could not be used. {@link #problems()} has one line per problem, each naming
 * the key, the value as given and what is allowed, for example
 * {@code tapedeck.maxCapturesPerSecond=abc: expected a whole number from 1 to 60}.
 * All problems are collected before this is thrown, so one run shows every mistake.
 */
public final class TapedeckConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /**
     * @param problems one line per problem, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public TapedeckConfigException(List<String> problems) {
        super(String.join("\n", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems to report");
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in the order they were found. */
    public List<String> problems() {
        return problems;
    }
}
