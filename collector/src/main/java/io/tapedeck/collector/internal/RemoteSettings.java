package io.tapedeck.collector.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code GET /v1/config} tells the agents of one API key. A null value is not sent, so
 * the agent keeps its own setting.
 */
public record RemoteSettings(Double sampleRate, String maskLevel) {
    private static final Pattern MASK_LEVEL = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public RemoteSettings {
        if (sampleRate != null && !(sampleRate >= 0.0 && sampleRate <= 1.0)) {
            throw new IllegalArgumentException("sampleRate must be between 0 and 1: " + sampleRate);
        }
        if (maskLevel != null && !MASK_LEVEL.matcher(maskLevel).matches()) {
            throw new IllegalArgumentException("maskLevel must be a word (letters, digits, _ or -): " + maskLevel);
        }
    }

    public static RemoteSettings of(Double sampleRate, String maskLevel) {
        return new RemoteSettings(sampleRate, maskLevel);
    }

    /** Nothing configured: the agent keeps its own settings. */
    public static final RemoteSettings NONE = new RemoteSettings(null, null);

    /** The JSON body: only the settings that are set. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (sampleRate != null) json.put("sampleRate", sampleRate);
        if (maskLevel != null) json.put("maskLevel", maskLevel);
        return json;
    }
}
