package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.faults.Faults;
import com.tradesuite.paperexchange.faults.RateLimiter;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Runs before every /v2 request: injected latency, key check (401/403), rate limit (429), injected 5xx. */
final class ApiGuard {

    static final String KEY_HEADER = "APCA-API-KEY-ID";
    static final String SECRET_HEADER = "APCA-API-SECRET-KEY";

    private final Credentials credentials;
    private final RateLimiter rateLimiter;
    private final Faults faults;

    ApiGuard(Credentials credentials, RateLimiter rateLimiter, Faults faults) {
        this.credentials = credentials;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
    }

    void handle(RoutingContext ctx) {
        long delay = faults.latency().toMillis();
        if (delay > 0) {
            ctx.vertx().setTimer(delay, id -> check(ctx));
        } else {
            check(ctx);
        }
    }

    private void check(RoutingContext ctx) {
        String key = ctx.request().getHeader(KEY_HEADER);
        String secret = ctx.request().getHeader(SECRET_HEADER);
        if (isBlank(key) || isBlank(secret)) {
            Responses.error(ctx, 401, 40110000, "request is not authorized");
            return;
        }
        if (!credentials.accepts(key, secret)) {
            Responses.json(ctx, 403, Map.of("message", "forbidden"));
            return;
        }
        RateLimiter.Decision decision = rateLimiter.acquire(key);
        HttpServerResponse response = ctx.response();
        response.putHeader("X-RateLimit-Limit", String.valueOf(decision.limit()));
        response.putHeader("X-RateLimit-Remaining", String.valueOf(decision.remaining()));
        response.putHeader("X-RateLimit-Reset", String.valueOf(decision.resetEpochSecond()));
        if (faults.takeRateLimitStorm() || !decision.allowed()) {
            response.putHeader("X-RateLimit-Remaining", "0");
            response.putHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            Responses.error(ctx, 429, 42910000, "rate limit exceeded");
            return;
        }
        int serverError = faults.takeServerError();
        if (serverError > 0) {
            Responses.error(ctx, serverError, serverError * 100000 + 10000, "internal server error (injected fault)");
            return;
        }
        ctx.next();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
