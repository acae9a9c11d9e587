package io.tapedeck.uploader.protocol;

import java.util.Objects;

/**
 * Names and rules of the wire protocol (docs/protocol.md), shared by the uploader and the
 * collector so both sides agree.
 */
public final class Protocol {
    private Protocol() {}

    public static final String CONTENT_TYPE = "application/x-ndjson";
    public static final String CONTENT_ENCODING = "zstd";
    public static final String HEADER_DICTIONARY = "Tapedeck-Dictionary";
    public static final String HEADER_DROPPED_BATCHES = "Tapedeck-Dropped-Batches";
    /** The Authorization header carries {@code "Bearer " + apiKey}. */
    public static final String AUTHORIZATION_PREFIX = "Bearer ";

    public static final String CONFIG_PATH = "/v1/config";

    private static final int MAX_DEVICE_ID_LENGTH = 64;

    /** {@code /v1/sessions/{deviceId}/{sessionId}/batches/{batchId}} */
    public static String batchPath(String deviceId, long sessionId, BatchId batchId) {
        if (!isValidDeviceId(deviceId)) {
            throw new IllegalArgumentException("invalid device id: " + deviceId);
        }
        if (sessionId < 0) {
            throw new IllegalArgumentException("invalid session id: " + sessionId);
        }
        Objects.requireNonNull(batchId, "batchId");
        return "/v1/sessions/" + deviceId + "/" + sessionId + "/batches/" + batchId;
    }

    /** 1–64 of A-Z a-z 0-9 . _ -, not starting with '.'. */
    public static boolean isValidDeviceId(String deviceId) {
        if (deviceId == null
                || deviceId.isEmpty()
                || deviceId.length() > MAX_DEVICE_ID_LENGTH
                || deviceId.charAt(0) == '.') {
            return false;
        }
        for (int i = 0; i < deviceId.length(); i++) {
            char c = deviceId.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Decimal digits, 1–19, fits a long. */
    public static boolean isValidSessionId(String sessionId) {
        if (sessionId == null || sessionId.isEmpty() || sessionId.length() > 19) {
            return false;
        }
        for (int i = 0; i < sessionId.length(); i++) {
            char c = sessionId.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        try {
            Long.parseLong(sessionId);
            return true;
        } catch (NumberFormatException e) {
            return false; // 19 digits above Long.MAX_VALUE
        }
    }
}
