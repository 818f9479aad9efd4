package com.tradesuite.broker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.broker.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-04T14:30:00Z"));

    @Test
    void given_a_full_bucket_when_capacity_is_spent_then_the_next_caller_waits_one_refill_interval() {
        TokenBucket bucket = new TokenBucket(60, clock);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.tryAcquire()).isZero();
        }

        Duration wait = bucket.tryAcquire();

        assertThat(wait).isBetween(Duration.ofMillis(999), Duration.ofMillis(1001));
        clock.advance(Duration.ofSeconds(1));
        assertThat(bucket.tryAcquire()).isZero();
    }

    @Test
    void given_time_passes_then_tokens_refill_up_to_capacity_only() {
        TokenBucket bucket = new TokenBucket(200, clock);
        for (int i = 0; i < 200; i++) {
            bucket.tryAcquire();
        }

        clock.advance(Duration.ofMinutes(10));

        assertThat(bucket.available()).isEqualTo(200.0);
    }

    @Test
    void given_the_server_says_few_remain_then_the_bucket_never_holds_more() {
        TokenBucket bucket = new TokenBucket(200, clock);

        bucket.observe(2, Instant.parse("2024-03-04T14:31:00Z"));

        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isPositive();
    }

    @Test
    void given_the_server_says_none_remain_then_callers_wait_until_its_reset() {
        TokenBucket bucket = new TokenBucket(200, clock);

        bucket.observe(0, clock.instant().plusSeconds(7));

        assertThat(bucket.tryAcquire()).isEqualTo(Duration.ofSeconds(7));
        clock.advance(Duration.ofSeconds(7));
        assertThat(bucket.tryAcquire()).isZero();
    }

    @Test
    void given_a_pause_then_no_token_is_handed_out_before_it_ends() {
        TokenBucket bucket = new TokenBucket(200, clock);

        bucket.pauseUntil(clock.instant().plusSeconds(3));

        assertThat(bucket.tryAcquire()).isEqualTo(Duration.ofSeconds(3));
    }
}
