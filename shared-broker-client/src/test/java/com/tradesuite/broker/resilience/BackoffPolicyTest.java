package com.tradesuite.broker.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private final BackoffPolicy policy =
            new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 5, new Random(42));

    @RepeatedTest(20)
    void given_attempt_n_then_the_wait_is_between_half_and_all_of_base_times_two_to_the_n_minus_1() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long ceiling = 100L << (attempt - 1);
            assertThat(policy.delay(attempt, null).toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void given_many_attempts_then_the_wait_is_capped() {
        assertThat(policy.delay(40, null)).isLessThanOrEqualTo(Duration.ofSeconds(2))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void given_a_server_retry_after_longer_than_the_backoff_then_it_wins() {
        assertThat(policy.delay(1, Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delay(1, Duration.ofMillis(1))).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void given_max_attempts_then_retries_stop_there() {
        assertThat(policy.canRetry(4)).isTrue();
        assertThat(policy.canRetry(5)).isFalse();
    }

    @Test
    void given_the_same_seed_then_the_same_jitter() {
        BackoffPolicy a = new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 5, new Random(7));
        BackoffPolicy b = new BackoffPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 5, new Random(7));

        assertThat(a.delay(3, null)).isEqualTo(b.delay(3, null));
    }
}
