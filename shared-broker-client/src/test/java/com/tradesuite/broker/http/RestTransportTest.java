package com.tradesuite.broker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tradesuite.broker.error.BrokerUnavailableException;
import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.error.RateLimitedException;
import com.tradesuite.broker.error.ValidationException;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.resilience.CircuitState;
import com.tradesuite.broker.support.Fixtures;
import com.tradesuite.broker.support.MockBroker;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestTransportTest {

    private MockWebServer server;
    private MockBroker broker;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        broker = new MockBroker(server, b -> b.readTimeout(Duration.ofMillis(300)).maxAttempts(4)
                .circuitFailureThreshold(3));
    }

    @AfterEach
    void stop() throws IOException {
        broker.client.close();
        server.shutdown();
    }

    @Test
    void given_a_request_then_both_auth_headers_are_sent() throws Exception {
        server.enqueue(json(200, Fixtures.read("account.json")));

        broker.client.trading().getAccount();

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeader("APCA-API-KEY-ID")).isEqualTo(MockBroker.KEY_ID);
        assertThat(request.getHeader("APCA-API-SECRET-KEY")).isEqualTo(MockBroker.SECRET);
        assertThat(request.getPath()).isEqualTo("/v2/account");
    }

    @Test
    void given_a_429_with_retry_after_then_it_waits_at_least_that_long_and_retries() {
        server.enqueue(json(429, Fixtures.read("error-rate-limited.json")).setHeader("Retry-After", "3"));
        server.enqueue(json(200, Fixtures.read("account.json")));

        Account account = broker.client.trading().getAccount();

        assertThat(account.buyingPower()).isEqualByComparingTo("176531.28");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(broker.sleeper.waits()).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(3)));
    }

    @Test
    void given_a_429_with_remaining_zero_and_a_reset_then_it_waits_until_the_reset() {
        long reset = broker.clock.instant().plusSeconds(20).getEpochSecond();
        server.enqueue(json(429, Fixtures.read("error-rate-limited.json"))
                .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", Long.toString(reset)));
        server.enqueue(json(200, Fixtures.read("account.json")));

        broker.client.trading().getAccount();

        Duration waited = broker.sleeper.waits().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void given_5xx_twice_then_backoff_grows_and_the_third_try_succeeds() {
        server.enqueue(json(503, "{\"message\":\"service unavailable\"}"));
        server.enqueue(json(500, "oops"));
        server.enqueue(json(200, Fixtures.read("account.json")));

        broker.client.trading().getAccount();

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(broker.sleeper.waits()).hasSize(2);
        assertThat(broker.sleeper.waits().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(broker.sleeper.waits().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(broker.client.health().state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void given_a_timeout_then_it_is_retried() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(json(200, Fixtures.read("account.json")));

        broker.client.trading().getAccount();

        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void given_a_403_insufficient_qty_then_it_is_thrown_at_once_without_retry() {
        server.enqueue(json(403, Fixtures.read("error-insufficient-qty.json")));

        assertThatThrownBy(() -> broker.client.trading().submitOrder(stopOrder()))
                .isInstanceOf(InsufficientQtyException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(broker.sleeper.waits()).isEmpty();
    }

    @Test
    void given_a_422_then_it_is_thrown_at_once_without_retry() {
        server.enqueue(json(422, Fixtures.read("error-sub-penny.json")));

        assertThatThrownBy(() -> broker.client.trading().submitOrder(stopOrder())).isInstanceOf(ValidationException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void given_429_on_every_try_then_rate_limited_after_max_attempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(429, Fixtures.read("error-rate-limited.json")));
        }

        assertThatThrownBy(() -> broker.client.trading().getAccount())
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.attempts()).isEqualTo(4));
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(broker.client.health().state()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void given_repeated_5xx_then_the_circuit_opens_refuses_calls_and_health_says_so() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(503, "{\"message\":\"down\"}"));
        }

        assertThatThrownBy(() -> broker.client.trading().getAccount()).isInstanceOf(BrokerUnavailableException.class);
        int sent = server.getRequestCount();
        assertThatThrownBy(() -> broker.client.trading().getAccount())
                .isInstanceOfSatisfying(BrokerUnavailableException.class, e -> assertThat(e.isCircuitOpen()).isTrue());

        assertThat(sent).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(broker.client.health().state()).isEqualTo(CircuitState.OPEN);
        assertThat(broker.client.health().lastError()).contains("503");
    }

    private static OrderRequest stopOrder() {
        return OrderRequest.stop("NVDA", OrderSide.SELL, new BigDecimal("59"), new BigDecimal("850"));
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
