package io.tapedeck.agent.itapps;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.PackageVersion;

/**
 * An app that ships its own (old) Jackson: reports which Jackson it sees and where it came from,
 * proves it works by parsing, then runs {@link SwingApp} so the agent has a window to record.
 */
public final class JacksonApp {
    private JacksonApp() {}

    public static void main(String[] args) throws Exception {
        System.out.println("jackson=" + PackageVersion.VERSION);
        System.out.println("jacksonFrom="
                + JsonFactory.class.getProtectionDomain().getCodeSource().getLocation());
        try (JsonParser parser = new JsonFactory().createParser("{\"answer\":42}")) {
            parser.nextToken();
            parser.nextToken();
            parser.nextToken();
            System.out.println(
                    "parsed=" + (parser.currentToken() == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : -1));
        }
        SwingApp.main(args);
    }
}
