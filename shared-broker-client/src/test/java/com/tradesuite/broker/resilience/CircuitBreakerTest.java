package com.tradesuite.broker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T14:30:00Z"));
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30), clock);

    @Test
    void given_failures_below_the_threshold_then_it_stays_closed() {
        breaker.onFailure("503");
        breaker.onFailure("503");

        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.health().state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.health().consecutiveFailures()).isEqualTo(2);
    }

    @Test
    void given_repeated_failures_then_it_opens_refuses_calls_and_says_so_in_health() {
        failThreeTimes();

        assertThat(breaker.tryAcquirePermission()).isFalse();
        BrokerHealth health = breaker.health();
        assertThat(health.state()).isEqualTo(CircuitState.OPEN);
        assertThat(health.isUp()).isFalse();
        assertThat(health.lastError()).isEqualTo("timeout 3");
        assertThat(health.lastErrorAt()).isEqualTo(clock.instant());
    }

    @Test
    void given_an_open_circuit_when_the_open_period_ends_then_one_probe_passes_and_success_closes_it() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(30));

        assertThat(breaker.tryAcquirePermission()).isTrue();
        assertThat(breaker.tryAcquirePermission()).isFalse();
        assertThat(breaker.health().state()).isEqualTo(CircuitState.HALF_OPEN);

        breaker.onSuccess();

        assertThat(breaker.health().state()).isEqualTo(CircuitState.CLOSED);
        assertThat(breaker.tryAcquirePermission()).isTrue();
    }

    @Test
    void given_a_half_open_probe_that_fails_then_it_reopens() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(31));
        breaker.tryAcquirePermission();

        breaker.onFailure("still down");

        assertThat(breaker.health().state()).isEqualTo(CircuitState.OPEN);
        assertThat(breaker.tryAcquirePermission()).isFalse();
    }

    @Test
    void given_a_success_between_failures_then_the_count_restarts() {
        breaker.onFailure("a");
        breaker.onFailure("b");
        breaker.onSuccess();
        breaker.onFailure("c");

        assertThat(breaker.health().state()).isEqualTo(CircuitState.CLOSED);
    }

    private void failThreeTimes() {
        for (int i = 1; i <= 3; i++) {
            breaker.onFailure("timeout " + i);
        }
    }
}
