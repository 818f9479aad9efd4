package com.tradesuite.paperexchange;

import com.tradesuite.paperexchange.engine.ExchangeEngine;
import com.tradesuite.paperexchange.engine.SimulationDriver;
import com.tradesuite.paperexchange.faults.Faults;
import com.tradesuite.paperexchange.faults.RateLimiter;
import com.tradesuite.paperexchange.http.ExchangeRuntime;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An Alpaca-compatible paper exchange running inside the current JVM (no Quarkus needed): trading and
 * market-data REST under {@link #baseUrl()}, trade_updates under {@link #streamUrl()}, admin under /admin.
 */
public final class PaperExchangeServer implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final HttpServer httpServer;
    private final ExchangeRuntime runtime;
    private final SimulationDriver driver;
    private final String host;

    private PaperExchangeServer(Vertx vertx, HttpServer httpServer, ExchangeRuntime runtime, SimulationDriver driver,
                                String host) {
        this.vertx = vertx;
        this.httpServer = httpServer;
        this.runtime = runtime;
        this.driver = driver;
        this.host = host;
    }

    /** Starts a server with {@link PaperExchangeConfig#defaults()}: a free port, manual clock, seed 42. */
    public static PaperExchangeServer start() {
        return start(PaperExchangeConfig.defaults());
    }

    /** Starts a server; port 0 picks a free port. Blocks until it listens. */
    public static PaperExchangeServer start(PaperExchangeConfig config) {
        ExchangeRuntime runtime = ExchangeRuntime.create(config.validate());
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            runtime.register(router);
            HttpServer server = vertx.createHttpServer().requestHandler(router)
                    .listen(config.port(), config.host())
                    .toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            SimulationDriver driver = SimulationDriver.startIfEnabled(runtime.engine(), config.speedUp());
            return new PaperExchangeServer(vertx, server, runtime, driver, config.host());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IllegalStateException("interrupted while starting the paper exchange", e);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            throw new IllegalStateException("paper exchange could not listen on " + config.host() + ":"
                    + config.port(), e);
        }
    }

    public int port() {
        return httpServer.actualPort();
    }

    /** e.g. http://127.0.0.1:PORT; serves both trading /v2/... and market-data /v2/stocks/... paths. */
    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    /** e.g. ws://127.0.0.1:PORT/stream: Alpaca's trade_updates websocket. */
    public String streamUrl() {
        return "ws://" + host + ":" + port() + "/stream";
    }

    public PaperExchangeConfig config() {
        return runtime.config();
    }

    /** The matching engine: orders, positions, account, prices, simulated clock. */
    public ExchangeEngine engine() {
        return runtime.engine();
    }

    /** Fault switches: 429 storms, 5xx, latency, stream drops, order rejections. */
    public Faults faults() {
        return runtime.faults();
    }

    /** The per-key limiter of the /v2 API: {@code rateLimiter().setPerMinute(n)} lowers the limit for a while. */
    public RateLimiter rateLimiter() {
        return runtime.rateLimiter();
    }

    public Instant now() {
        return engine().now();
    }

    /** Moves simulated time forward, publishing and matching every bar on the way. */
    public void advance(Duration duration) {
        engine().advance(duration);
    }

    /** Publishes the next {@code count} 1-minute bars; returns how many there were. */
    public int advanceBars(int count) {
        return engine().advanceBars(count);
    }

    /** Jumps the price of {@code symbol} to {@code price} now (a gap): stops it jumps over fill at {@code price}. */
    public void setPrice(String symbol, BigDecimal price) {
        engine().setPrice(symbol, price);
    }

    /** Same as {@link #setPrice}: named for tests that mean a gap. */
    public void gapTo(String symbol, BigDecimal price) {
        setPrice(symbol, price);
    }

    public BigDecimal lastPrice(String symbol) {
        return engine().lastPrice(symbol);
    }

    /** Closes every trade_updates connection (a stream drop). */
    public void dropStreams() {
        faults().dropStreams();
    }

    public int streamConnections() {
        return runtime.streamConnections();
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.close();
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("paper exchange did not stop cleanly", e);
        }
    }
}
