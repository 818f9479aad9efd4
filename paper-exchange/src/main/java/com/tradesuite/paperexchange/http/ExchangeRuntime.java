package com.tradesuite.paperexchange.http;

import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.faults.Faults;
import com.tradesuite.paperexchange.faults.RateLimiter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.Clock;

/**
 * One paper exchange behind HTTP: engine, faults, rate limiter and stream, with every route registered on a
 * given Vert.x {@link Router}, so the same routes serve the standalone Quarkus app and in-process servers.
 */
public final class ExchangeRuntime {

    private final PaperExchangeConfig config;
    private final ExchangeEngine engine;
    private final Faults faults;
    private final RateLimiter rateLimiter;
    private final Credentials credentials;
    private final TradeUpdateStream stream;

    private ExchangeRuntime(PaperExchangeConfig config, ExchangeEngine engine) {
        this.config = config;
        this.engine = engine;
        this.faults = new Faults(engine, Clock.systemUTC());
        this.rateLimiter = new RateLimiter(Clock.systemUTC(), config.rateLimitPerMinute());
        this.credentials = new Credentials(config.apiKeyId(), config.apiSecretKey());
        this.stream = new TradeUpdateStream(credentials);
        engine.addListener(stream);
        faults.onDropStreams(stream::dropAll);
    }

    public static ExchangeRuntime create(PaperExchangeConfig config) {
        return new ExchangeRuntime(config, ExchangeEngine.create(config));
    }

    /** Registers /v2 (trading and market data), /stream and /admin on {@code router}. */
    public void register(Router router) {
        router.route("/stream").handler(ctx -> ctx.request().toWebSocket()
                .onSuccess(stream::accept)
                .onFailure(e -> ctx.response().setStatusCode(400).end("websocket upgrade required")));
        router.route("/v2/*").handler(BodyHandler.create());
        ApiGuard guard = new ApiGuard(credentials, rateLimiter, faults);
        router.route("/v2/*").handler(guard::handle);
        new TradingRoutes(engine, faults).register(router);
        new MarketDataRoutes(engine).register(router);
        router.route("/v2/*").handler(ctx -> Responses.error(ctx, 404, 40410000, "endpoint not found"));
        router.route("/admin/*").handler(BodyHandler.create());
        new AdminRoutes(engine, faults, stream).register(router);
    }

    public PaperExchangeConfig config() {
        return config;
    }

    public ExchangeEngine engine() {
        return engine;
    }

    public Faults faults() {
        return faults;
    }

    /** The per-key limiter of the /v2 API (its limit can be lowered for a while). */
    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    public int streamConnections() {
        return stream.connections();
    }
}
