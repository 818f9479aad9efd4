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

    @Test
    void given_a_protective_reserve_then_routine_calls_leave_it_and_protective_calls_spend_it() {
        TokenBucket bucket = new TokenBucket(10, 0.2, clock);
        for (int i = 0; i < 8; i++) {
            assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).isZero();
        }

        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).as("routine: the reserve is left").isPositive();
        assertThat(bucket.tryAcquire(RequestPriority.PROTECTIVE)).isZero();
        assertThat(bucket.tryAcquire(RequestPriority.PROTECTIVE)).isZero();
        assertThat(bucket.tryAcquire(RequestPriority.PROTECTIVE)).as("the bucket is empty").isPositive();
    }

    @Test
    void given_the_server_says_the_keys_window_is_down_to_its_reserve_then_routine_calls_wait_for_the_reset() {
        // Another process spent the key's budget: this client still has its own tokens.
        TokenBucket bucket = new TokenBucket(200, 0.2, clock);
        Instant reset = clock.instant().plusSeconds(20);

        bucket.observe(40, reset, 200);

        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).isEqualTo(Duration.ofSeconds(20));
        assertThat(bucket.tryAcquire(RequestPriority.PROTECTIVE)).isZero();
        clock.advance(Duration.ofSeconds(20));
        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).as("a new window").isZero();
    }

    @Test
    void given_the_server_has_more_than_the_reserve_left_then_routine_calls_go_on() {
        TokenBucket bucket = new TokenBucket(200, 0.2, clock);

        bucket.observe(42, clock.instant().plusSeconds(20), 200);

        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).isZero();
        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).isZero();
        assertThat(bucket.tryAcquire(RequestPriority.ROUTINE)).as("40 left: the reserve")
                .isEqualTo(Duration.ofSeconds(20));
    }
}
