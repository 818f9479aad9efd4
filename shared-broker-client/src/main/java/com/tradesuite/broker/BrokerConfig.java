package com.tradesuite.broker;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Validated broker settings, from the environment or built in code. Every failure names its key; the live
 * trading URL needs {@code TRADESUITE_ALLOW_LIVE_TRADING=true}; {@link #toString()} never shows the secrets.
 */
public final class BrokerConfig {

    public static final String KEY_ID = "APCA_API_KEY_ID";
    public static final String SECRET_KEY = "APCA_API_SECRET_KEY";
    public static final String BASE_URL = "APCA_API_BASE_URL";
    public static final String DATA_URL = "APCA_DATA_BASE_URL";
    public static final String STREAM_URL = "APCA_STREAM_URL";
    public static final String ALLOW_LIVE = "TRADESUITE_ALLOW_LIVE_TRADING";
    public static final String RATE_LIMIT = "TRADESUITE_BROKER_RATE_LIMIT_PER_MINUTE";
    public static final String RATE_SHARE = "TRADESUITE_BROKER_RATE_LIMIT_SHARE";
    public static final String PROTECTIVE_RESERVE = "TRADESUITE_BROKER_PROTECTIVE_RESERVE";
    public static final String CONNECT_TIMEOUT = "TRADESUITE_BROKER_CONNECT_TIMEOUT_MS";
    public static final String READ_TIMEOUT = "TRADESUITE_BROKER_READ_TIMEOUT_MS";
    public static final String MAX_ATTEMPTS = "TRADESUITE_BROKER_MAX_ATTEMPTS";
    public static final String BACKOFF_BASE = "TRADESUITE_BROKER_BACKOFF_BASE_MS";
    public static final String BACKOFF_MAX = "TRADESUITE_BROKER_BACKOFF_MAX_MS";
    public static final String CIRCUIT_FAILURES = "TRADESUITE_BROKER_CIRCUIT_FAILURES";
    public static final String CIRCUIT_OPEN = "TRADESUITE_BROKER_CIRCUIT_OPEN_MS";

    public static final String PAPER_URL = "https://paper-api.alpaca.markets";
    public static final String LIVE_URL = "https://api.alpaca.markets";
    public static final String ALPACA_DATA_URL = "https://data.alpaca.markets";
    private static final String LIVE_HOST = "api.alpaca.markets";
    private static final String REDACTED = "****";
    private static final String LIVE_OPT_IN = "must be true to trade against the live URL " + LIVE_URL
            + " (set " + BASE_URL + " to " + PAPER_URL + " for paper trading)";

    private final String keyId;
    private final String secretKey;
    private final HttpUrl tradingUrl;
    private final HttpUrl dataUrl;
    private final String streamUrl;
    private final boolean liveTrading;
    private final int rateLimitPerMinute;
    private final double rateLimitShare;
    private final double protectiveReserve;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int circuitFailureThreshold;
    private final Duration circuitOpenDuration;

    private BrokerConfig(Builder b) {
        this.keyId = requireCredential(b.keyId, KEY_ID);
        this.secretKey = requireCredential(b.secretKey, SECRET_KEY);
        this.tradingUrl = url(b.baseUrl == null ? PAPER_URL : b.baseUrl, BASE_URL);
        this.liveTrading = LIVE_HOST.equalsIgnoreCase(tradingUrl.host());
        if (liveTrading && !b.allowLiveTrading) {
            throw new BrokerConfigException(ALLOW_LIVE, LIVE_OPT_IN);
        }
        this.dataUrl = b.dataUrl == null ? defaultDataUrl(tradingUrl) : url(b.dataUrl, DATA_URL);
        this.streamUrl = b.streamUrl == null ? defaultStreamUrl(tradingUrl) : streamUrl(b.streamUrl);
        this.rateLimitPerMinute = atLeast(b.rateLimitPerMinute, 1, RATE_LIMIT);
        if (!(b.rateLimitShare > 0.0 && b.rateLimitShare <= 1.0)) {
            throw new BrokerConfigException(RATE_SHARE, "must be in (0, 1], got " + b.rateLimitShare);
        }
        this.rateLimitShare = b.rateLimitShare;
        if (!(b.protectiveReserve >= 0.0 && b.protectiveReserve < 1.0)) {
            throw new BrokerConfigException(PROTECTIVE_RESERVE, "must be in [0, 1), got " + b.protectiveReserve);
        }
        this.protectiveReserve = b.protectiveReserve;
        this.connectTimeout = positive(b.connectTimeout, CONNECT_TIMEOUT);
        this.readTimeout = positive(b.readTimeout, READ_TIMEOUT);
        this.maxAttempts = atLeast(b.maxAttempts, 1, MAX_ATTEMPTS);
        this.backoffBase = notNegative(b.backoffBase, BACKOFF_BASE);
        this.backoffMax = notNegative(b.backoffMax, BACKOFF_MAX);
        if (backoffMax.compareTo(backoffBase) < 0) {
            throw new BrokerConfigException(BACKOFF_MAX, "must be >= " + BACKOFF_BASE);
        }
        this.circuitFailureThreshold = atLeast(b.circuitFailureThreshold, 1, CIRCUIT_FAILURES);
        this.circuitOpenDuration = positive(b.circuitOpenDuration, CIRCUIT_OPEN);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the process environment. */
    public static BrokerConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** Reads the given variables (tests pass a map). */
    public static BrokerConfig fromEnvironment(Map<String, String> env) {
        Function<String, String> get = key -> {
            String value = env.get(key);
            return value == null || value.isBlank() ? null : value.trim();
        };
        Builder b = builder()
                .keyId(get.apply(KEY_ID))
                .secretKey(get.apply(SECRET_KEY))
                .baseUrl(get.apply(BASE_URL))
                .dataUrl(get.apply(DATA_URL))
                .streamUrl(get.apply(STREAM_URL))
                .allowLiveTrading(bool(get.apply(ALLOW_LIVE), ALLOW_LIVE));
        EnvNumbers numbers = new EnvNumbers(get);
        numbers.ifInt(RATE_LIMIT, b::rateLimitPerMinute);
        numbers.ifDouble(RATE_SHARE, b::rateLimitShare);
        numbers.ifDouble(PROTECTIVE_RESERVE, b::protectiveReserve);
        numbers.ifMillis(CONNECT_TIMEOUT, b::connectTimeout);
        numbers.ifMillis(READ_TIMEOUT, b::readTimeout);
        numbers.ifInt(MAX_ATTEMPTS, b::maxAttempts);
        numbers.ifMillis(BACKOFF_BASE, b::backoffBase);
        numbers.ifMillis(BACKOFF_MAX, b::backoffMax);
        numbers.ifInt(CIRCUIT_FAILURES, b::circuitFailureThreshold);
        numbers.ifMillis(CIRCUIT_OPEN, b::circuitOpenDuration);
        return b.build();
    }

    public String keyId() {
        return keyId;
    }

    public String secretKey() {
        return secretKey;
    }

    public HttpUrl tradingUrl() {
        return tradingUrl;
    }

    public HttpUrl dataUrl() {
        return dataUrl;
    }

    public String streamUrl() {
        return streamUrl;
    }

    public boolean isLiveTrading() {
        return liveTrading;
    }

    /** This client's share of the key's per-minute limit, at least 1. */
    public int effectiveRequestsPerMinute() {
        return Math.max(1, (int) Math.floor(rateLimitPerMinute * rateLimitShare));
    }

    /** The part of the key's budget that only protective calls may spend (default 0.2: 40 of Alpaca's 200). */
    public double protectiveReserve() {
        return protectiveReserve;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration backoffBase() {
        return backoffBase;
    }

    public Duration backoffMax() {
        return backoffMax;
    }

    public int circuitFailureThreshold() {
        return circuitFailureThreshold;
    }

    public Duration circuitOpenDuration() {
        return circuitOpenDuration;
    }

    @Override
    public String toString() {
        return "BrokerConfig[keyId=" + redact(keyId) + ", secretKey=" + REDACTED + ", tradingUrl=" + tradingUrl
                + ", dataUrl=" + dataUrl + ", streamUrl=" + streamUrl + ", live=" + liveTrading
                + ", requestsPerMinute=" + effectiveRequestsPerMinute() + ", maxAttempts=" + maxAttempts + "]";
    }

    /** Shows only the first 2 characters: enough to tell keys apart, not enough to use one. */
    private static String redact(String key) {
        return key.length() <= 4 ? REDACTED : key.substring(0, 2) + REDACTED;
    }

    private static String requireCredential(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BrokerConfigException(key, "is required");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            throw new BrokerConfigException(key, "must not contain whitespace");
        }
        return value;
    }

    private static HttpUrl url(String value, String key) {
        HttpUrl parsed = HttpUrl.parse(value.trim());
        if (parsed == null) {
            throw new BrokerConfigException(key, "is not an http(s) URL");
        }
        // Alpaca SDKs accept a base URL with or without /v2; the client adds /v2 itself.
        String path = parsed.encodedPath().replaceAll("/+$", "").replaceAll("/v2$", "");
        return parsed.newBuilder().encodedPath(path.isEmpty() ? "/" : path + "/").build();
    }

    private static String streamUrl(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("ws://") && !lower.startsWith("wss://")) {
            throw new BrokerConfigException(STREAM_URL, "must start with ws:// or wss://");
        }
        return value.trim();
    }

    private static HttpUrl defaultDataUrl(HttpUrl trading) {
        // Real Alpaca hosts share one data host; any other base (the paper exchange) serves data itself.
        return trading.host().endsWith("alpaca.markets") ? HttpUrl.get(ALPACA_DATA_URL) : trading;
    }

    private static String defaultStreamUrl(HttpUrl trading) {
        String base = trading.toString().replaceAll("/+$", "");
        return base.replaceFirst("^http", "ws") + "/stream";
    }

    private static int atLeast(int value, int min, String key) {
        if (value < min) {
            throw new BrokerConfigException(key, "must be >= " + min + ", got " + value);
        }
        return value;
    }

    private static Duration positive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new BrokerConfigException(key, "must be positive, got " + value);
        }
        return value;
    }

    private static Duration notNegative(Duration value, String key) {
        if (value == null || value.isNegative()) {
            throw new BrokerConfigException(key, "must not be negative, got " + value);
        }
        return value;
    }

    private static boolean bool(String value, String key) {
        if (value == null) {
            return false;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new BrokerConfigException(key, "must be true or false, got '" + value + "'");
        }
    }

    /** Programmatic construction; {@link #build()} applies the same validation as the environment path. */
    public static final class Builder {
        private String keyId;
        private String secretKey;
        private String baseUrl;
        private String dataUrl;
        private String streamUrl;
        private boolean allowLiveTrading;
        private int rateLimitPerMinute = 200;
        private double rateLimitShare = 1.0;
        private double protectiveReserve = 0.2;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int maxAttempts = 5;
        private Duration backoffBase = Duration.ofMillis(250);
        private Duration backoffMax = Duration.ofSeconds(10);
        private int circuitFailureThreshold = 5;
        private Duration circuitOpenDuration = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder keyId(String value) {
            this.keyId = value;
            return this;
        }

        public Builder secretKey(String value) {
            this.secretKey = value;
            return this;
        }

        /** Trading base URL without /v2 (default paper). */
        public Builder baseUrl(String value) {
            this.baseUrl = value;
            return this;
        }

        public Builder dataUrl(String value) {
            this.dataUrl = value;
            return this;
        }

        public Builder streamUrl(String value) {
            this.streamUrl = value;
            return this;
        }

        public Builder allowLiveTrading(boolean value) {
            this.allowLiveTrading = value;
            return this;
        }

        public Builder rateLimitPerMinute(int value) {
            this.rateLimitPerMinute = value;
            return this;
        }

        /** Fraction of the key's limit this client may use, in (0, 1]. */
        public Builder rateLimitShare(double value) {
            this.rateLimitShare = value;
            return this;
        }

        /** Part of the key's budget kept for protective calls, in [0, 1). */
        public Builder protectiveReserve(double value) {
            this.protectiveReserve = value;
            return this;
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            this.readTimeout = value;
            return this;
        }

        /** Total tries for a retryable failure, including the first. */
        public Builder maxAttempts(int value) {
            this.maxAttempts = value;
            return this;
        }

        public Builder backoffBase(Duration value) {
            this.backoffBase = value;
            return this;
        }

        public Builder backoffMax(Duration value) {
            this.backoffMax = value;
            return this;
        }

        public Builder circuitFailureThreshold(int value) {
            this.circuitFailureThreshold = value;
            return this;
        }

        public Builder circuitOpenDuration(Duration value) {
            this.circuitOpenDuration = value;
            return this;
        }

        public BrokerConfig build() {
            return new BrokerConfig(this);
        }
    }
}
