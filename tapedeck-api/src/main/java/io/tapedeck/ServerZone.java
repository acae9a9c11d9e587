package io.tapedeck;

/**
 * The data region of an Amplitude project ({@code tapedeck.serverZone}, not set by default): with
 * a zone, sessions go to Amplitude Session Replay there instead of a Tapedeck collector. Written
 * {@code US} or {@code EU}, as Amplitude names them.
 */
public enum ServerZone {
    /** Amplitude's US region ({@code https://api-sr.amplitude.com}). */
    US,
    /** Amplitude's EU region ({@code https://api-sr.eu.amplitude.com}). */
    EU;

    /**
     * The zone written as in a properties file: {@code US} or {@code EU}, in any letter case,
     * surrounding spaces ignored.
     *
     * @throws IllegalArgumentException naming the allowed values when {@code value} is none of them
     */
    public static ServerZone parse(String value) {
        return EnumWords.parse(ServerZone.class, value, Enum::name);
    }
}
