package com.tradesuite.paperexchange.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimiter at(String instant, int perMinute) {
        return new RateLimiter(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), perMinute);
    }

    @Test
    void the_request_after_the_budget_is_refused_until_the_window_resets() {
        // given
        RateLimiter limiter = at("2026-11-16T14:30:10Z", 3);

        // when
        limiter.acquire("key");
        limiter.acquire("key");
        RateLimiter.Decision third = limiter.acquire("key");
        RateLimiter.Decision fourth = limiter.acquire("key");

        // then
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.resetEpochSecond()).isEqualTo(Instant.parse("2026-11-16T14:31:00Z").getEpochSecond());
        assertThat(fourth.retryAfterSeconds()).isEqualTo(50);
    }

    @Test
    void a_lowered_limit_applies_at_once_and_keeps_the_requests_already_counted() {
        // given
        RateLimiter limiter = at("2026-11-16T14:30:10Z", 200);
        limiter.acquire("key");
        limiter.acquire("key");

        // when
        limiter.setPerMinute(3);
        RateLimiter.Decision third = limiter.acquire("key");
        RateLimiter.Decision fourth = limiter.acquire("key");

        // then
        assertThat(limiter.used("key")).isEqualTo(4);
        assertThat(limiter.used("other")).isZero();
        assertThat(third.allowed()).isTrue();
        assertThat(third.limit()).isEqualTo(3);
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
    }

    @Test
    void keys_have_separate_budgets() {
        RateLimiter limiter = at("2026-11-16T14:30:10Z", 1);
        limiter.acquire("a");
        assertThat(limiter.acquire("b").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }
}
