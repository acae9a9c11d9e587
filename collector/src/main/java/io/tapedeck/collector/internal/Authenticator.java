package io.tapedeck.collector.internal;

import io.javalin.http.Context;

/** Requires a configured API key on a request, unless the collector runs open (no keys). */
final class Authenticator {
    private final ApiKeys keys;

    Authenticator(ApiKeys keys) {
        this.keys = keys;
    }

    /**
     * @return the key presented, or null when the collector is open and none matched
     * @throws HttpProblem 401 when the key is missing or wrong
     */
    String require(Context ctx) {
        String header = ctx.header("Authorization");
        String key = keys.match(header);
        if (key != null || keys.open()) return key;
        ctx.header("WWW-Authenticate", "Bearer");
        throw new HttpProblem(401, header == null ? "missing API key (Authorization: Bearer <key>)" : "wrong API key");
    }
}
