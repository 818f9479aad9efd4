package com.tradesuite.service.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AppendRetryTest {

    private final AppendRetry retry = new AppendRetry(3, Duration.ZERO, Duration.ZERO);

    @Test
    void triesAgainUntilTheAppendSucceeds() {
        // given: an append that fails twice, then goes through
        AtomicInteger calls = new AtomicInteger();

        // when
        String written = retry.run("appending", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new EventLogUnavailableException("broker away", null);
            }
            return "acknowledged";
        });

        // then
        assertThat(written).isEqualTo("acknowledged");
        assertThat(calls).hasValue(3);
    }

    @Test
    void throwsTheLastFailureAfterTheLastAttempt() {
        // given: an append that never goes through
        AtomicInteger calls = new AtomicInteger();

        // when / then: three attempts, then the failure, named, never swallowed
        assertThatThrownBy(() -> retry.run("dead-lettering orders-1@7", () -> {
            throw new EventLogUnavailableException("attempt " + calls.incrementAndGet(), null);
        })).isInstanceOf(EventLogUnavailableException.class)
                .hasMessageContaining("dead-lettering orders-1@7 failed after 3 attempts: attempt 3");
        assertThat(calls).hasValue(3);
    }
}
