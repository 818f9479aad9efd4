package com.tradesuite.broker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.http.MarketDataClient;
import com.tradesuite.broker.http.RestTransport;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.parse.BrokerJson;
import com.tradesuite.broker.resilience.BackoffPolicy;
import com.tradesuite.broker.resilience.BrokerHealth;
import com.tradesuite.broker.resilience.CircuitBreaker;
import com.tradesuite.broker.resilience.RequestPriority;
import com.tradesuite.broker.resilience.Sleeper;
import com.tradesuite.broker.resilience.TokenBucket;
import com.tradesuite.broker.ws.TradeUpdateListener;
import com.tradesuite.broker.ws.TradeUpdateStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;

/**
 * The one Alpaca client: trading REST, market data REST and the trade_updates stream, sharing one rate
 * limiter, one retry policy and one circuit breaker per process (create it once and share it).
 */
public final class BrokerClient implements AutoCloseable {

    private static final Duration STREAM_PING = Duration.ofSeconds(15);
    private static final Duration RECONNECT_BASE = Duration.ofMillis(200);
    private static final Duration RECONNECT_MAX = Duration.ofSeconds(30);

    private final BrokerConfig config;
    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final CircuitBreaker breaker;
    private final TradingClient trading;
    private final TradingClient protectiveTrading;
    private final MarketDataClient marketData;
    private final Clock clock;
    private final RandomGenerator random;

    private BrokerClient(Builder b) {
        this.config = b.config;
        this.clock = b.clock;
        this.random = b.random;
        this.mapper = BrokerJson.newMapper();
        this.http = (b.http != null ? b.http.newBuilder() : new OkHttpClient.Builder())
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .pingInterval(STREAM_PING)
                // Retries are ours (only 429/5xx/timeouts, with backoff); OkHttp's silent ones would bypass that.
                .retryOnConnectionFailure(false)
                .build();
        this.breaker = new CircuitBreaker(config.circuitFailureThreshold(), config.circuitOpenDuration(), clock);
        TokenBucket bucket = new TokenBucket(config.effectiveRequestsPerMinute(), config.protectiveReserve(), clock);
        BackoffPolicy backoff = new BackoffPolicy(config.backoffBase(), config.backoffMax(), config.maxAttempts(), random);
        RestTransport transport = new RestTransport(http, config, mapper, bucket, backoff, breaker, b.sleeper, clock);
        this.trading = new TradingClient(transport, config.tradingUrl());
        this.protectiveTrading = new TradingClient(transport.withPriority(RequestPriority.PROTECTIVE),
                config.tradingUrl());
        this.marketData = new MarketDataClient(transport, config.dataUrl());
    }

    /** A client with the system clock, real sleeps and a fresh HTTP client. */
    public static BrokerClient create(BrokerConfig config) {
        return builder(config).build();
    }

    public static Builder builder(BrokerConfig config) {
        return new Builder(config);
    }

    public TradingClient trading() {
        return trading;
    }

    /**
     * The same trading API on the same budget, for calls that protect a position (re-protection, fallback and
     * hard-stop exits, the cancels they need): they may spend the reserve routine calls leave (see
     * {@link RequestPriority}).
     */
    public TradingClient protectiveTrading() {
        return protectiveTrading;
    }

    public MarketDataClient marketData() {
        return marketData;
    }

    /** Circuit breaker state and last error, for a health check. */
    public BrokerHealth health() {
        return breaker.health();
    }

    public BrokerConfig config() {
        return config;
    }

    /**
     * A new (not yet started) trade_updates stream.
     *
     * @param catchUpFrom also replay orders changed since this instant on the first connect (e.g. the last
     *     event this service persisted); null to start from now
     */
    public TradeUpdateStream tradeUpdates(TradeUpdateListener listener, Instant catchUpFrom) {
        return tradeUpdates(listener, catchUpFrom, List.of());
    }

    /**
     * A new (not yet started) trade_updates stream whose first catch-up also reads again every order the caller
     * last saw open ({@code knownOpenOrderIds}, e.g. from its log): an old stop that filled while the caller was
     * down was submitted before {@code catchUpFrom}, so only this finds it.
     */
    public TradeUpdateStream tradeUpdates(TradeUpdateListener listener, Instant catchUpFrom,
                                          Collection<String> knownOpenOrderIds) {
        ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "trade-updates");
            thread.setDaemon(true);
            return thread;
        });
        BackoffPolicy reconnect = new BackoffPolicy(RECONNECT_BASE, RECONNECT_MAX, Integer.MAX_VALUE, random);
        return new TradeUpdateStream(http, config, mapper, trading, listener, reconnect, events, clock, catchUpFrom,
                knownOpenOrderIds);
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** Wiring with injectable clock, randomness, sleeper and HTTP client (tests, benchmarks). */
    public static final class Builder {
        private final BrokerConfig config;
        private Clock clock = Clock.systemUTC();
        private RandomGenerator random = RandomGenerator.getDefault();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private OkHttpClient http;

        private Builder(BrokerConfig config) {
            this.config = config;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder random(RandomGenerator value) {
            this.random = value;
            return this;
        }

        public Builder sleeper(Sleeper value) {
            this.sleeper = value;
            return this;
        }

        /** A base OkHttp client to share connection pools; timeouts are overridden from the config. */
        public Builder httpClient(OkHttpClient value) {
            this.http = value;
            return this;
        }

        public BrokerClient build() {
            return new BrokerClient(this);
        }
    }
}
