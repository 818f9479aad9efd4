package com.tradesuite.broker.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.error.BrokerException;
import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.broker.parse.ErrorParser;
import com.tradesuite.broker.resilience.BackoffPolicy;
import com.tradesuite.broker.resilience.CircuitBreaker;
import com.tradesuite.broker.resilience.RequestPriority;
import com.tradesuite.broker.resilience.Sleeper;
import com.tradesuite.broker.resilience.TokenBucket;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends one REST call through the rate limiter, circuit breaker and retry policy. Retries only 429, 5xx and
 * I/O failures (timeouts); business rejections are thrown at once as typed errors. Credentials travel in
 * headers, which are never logged.
 */
public final class RestTransport {

    private static final Logger LOG = Logger.getLogger(RestTransport.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final BrokerConfig config;
    private final ObjectMapper mapper;
    private final ErrorParser errors;
    private final TokenBucket bucket;
    private final BackoffPolicy backoff;
    private final CircuitBreaker breaker;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RequestPriority priority;

    public RestTransport(OkHttpClient http, BrokerConfig config, ObjectMapper mapper, TokenBucket bucket,
            BackoffPolicy backoff, CircuitBreaker breaker, Sleeper sleeper, Clock clock) {
        this(http, config, mapper, bucket, backoff, breaker, sleeper, clock, RequestPriority.ROUTINE);
    }

    private RestTransport(OkHttpClient http, BrokerConfig config, ObjectMapper mapper, TokenBucket bucket,
            BackoffPolicy backoff, CircuitBreaker breaker, Sleeper sleeper, Clock clock, RequestPriority priority) {
        this.priority = priority;
        this.http = http;
        this.config = config;
        this.mapper = mapper;
        this.errors = new ErrorParser(mapper);
        this.bucket = bucket;
        this.backoff = backoff;
        this.breaker = breaker;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /** The same transport (one budget, one breaker) whose calls carry {@code value}. */
    public RestTransport withPriority(RequestPriority value) {
        return new RestTransport(http, config, mapper, bucket, backoff, breaker, sleeper, clock, value);
    }

    /** Sends and maps the 2xx body to {@code type}. */
    public <T> T call(String method, HttpUrl url, Object body, JavaType type) {
        return read(send(method, url, body).body(), type);
    }

    public <T> T call(String method, HttpUrl url, Object body, Class<T> type) {
        return call(method, url, body, mapper.constructType(type));
    }

    public <T> T read(String body, JavaType type) {
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unexpected broker response shape for " + type, e);
        }
    }

    /** Sends with retries; returns the 2xx answer or throws the typed {@link BrokerException}. */
    public RestResponse send(String method, HttpUrl url, Object body) {
        String json = body == null ? null : write(body);
        String what = method + " " + url.encodedPath();
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquirePermission()) {
                throw BrokerUnavailableException.circuitOpen(breaker.health().lastError());
            }
            awaitToken();
            BrokerException failure;
            long started = System.nanoTime();
            try (Response response = newCall(method, url, json).execute()) {
                RateLimitHeaders limits = RateLimitHeaders.from(response.headers(), clock);
                bucket.observe(limits.remaining(), limits.resetAt(), limits.limit());
                String text = bodyOf(response);
                int status = response.code();
                int tried = attempt;
                LOG.fine(() -> what + " -> " + status + " in " + elapsedText(started) + " (attempt " + tried + ")");
                if (response.isSuccessful()) {
                    breaker.onSuccess();
                    return new RestResponse(status, text, attempt);
                }
                failure = errors.parse(status, text, status == 429 ? limits.waitHint(clock) : null);
                recordOutcome(failure);
            } catch (IOException e) {
                String kind = e instanceof InterruptedIOException ? "timeout" : "I/O failure";
                failure = new BrokerUnavailableException(0, null, what + ": " + kind + ": " + e.getMessage(), null, e);
                breaker.onFailure(failure.getMessage());
            }
            if (!failure.isRetryable() || !backoff.canRetry(attempt)) {
                failure.recordAttempts(attempt);
                throw failure;
            }
            Duration wait = backoff.delay(attempt, hint(failure));
            LOG.log(Level.WARNING, "{0} failed ({1}); retry {2}/{3} in {4} ms",
                    new Object[] {what, failure.getMessage(), attempt + 1, backoff.maxAttempts(), wait.toMillis()});
            sleep(wait);
        }
    }

    private Call newCall(String method, HttpUrl url, String json) {
        RequestBody requestBody = json == null ? null : RequestBody.create(json, JSON);
        if (requestBody == null && ("POST".equals(method) || "PATCH".equals(method))) {
            requestBody = RequestBody.create(new byte[0], null);
        }
        Request request = new Request.Builder()
                .url(url)
                .header("APCA-API-KEY-ID", config.keyId())
                .header("APCA-API-SECRET-KEY", config.secretKey())
                .header("Accept", "application/json")
                .method(method, requestBody)
                .build();
        return http.newCall(request);
    }

    /** 429 says we are too fast, not that the broker is down: it leaves the breaker alone. */
    private void recordOutcome(BrokerException failure) {
        if (failure instanceof RateLimitedException) {
            return;
        }
        if (failure instanceof BrokerUnavailableException) {
            breaker.onFailure(failure.getMessage());
        } else {
            breaker.onSuccess();
        }
    }

    private Duration hint(BrokerException failure) {
        if (failure instanceof RateLimitedException) {
            Duration retryAfter = ((RateLimitedException) failure).retryAfter();
            if (retryAfter != null) {
                // Everyone sharing this client waits, not just this call.
                bucket.pauseUntil(clock.instant().plus(retryAfter));
            }
            return retryAfter;
        }
        return null;
    }

    private void awaitToken() {
        for (Duration wait = bucket.tryAcquire(priority); !wait.isZero(); wait = bucket.tryAcquire(priority)) {
            sleep(wait);
        }
    }

    private void sleep(Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(0, null, "interrupted while waiting to call the broker", null, e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise request " + body, e);
        }
    }

    private static String bodyOf(Response response) throws IOException {
        ResponseBody body = response.body();
        return body == null ? "" : body.string();
    }

    private static String elapsedText(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000 + " ms";
    }
}
