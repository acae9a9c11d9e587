package io.tapedeck.examples.crm;

/**
 * The demo compiles without Tapedeck: it is an ordinary Swing app that the agent records from
 * outside. When the agent is present its public API is visible, so the About box can show the
 * replay id; any failure here just means "not recorded".
 */
final class TapedeckInfo {
    private TapedeckInfo() {}

    static String replayId() {
        try {
            Object id =
                    Class.forName("io.tapedeck.Tapedeck").getMethod("replayId").invoke(null);
            if (id instanceof java.util.Optional) {
                id = ((java.util.Optional<?>) id).orElse(null);
            }
            return id == null ? null : String.valueOf(id);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
