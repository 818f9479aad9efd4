package com.tradesuite.buyer.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Side;

class SignalFreshnessTest {

    private static final Instant BAR = Instant.parse("2026-11-20T14:30:00Z");
    private final SignalFreshness freshness = new SignalFreshness(Duration.ofMinutes(2));

    @Test
    void givenASignalUpToTheMaximumAge_whenJudged_thenItIsFresh() {
        assertThat(freshness.staleReason(signal(), BAR.plusSeconds(60))).isEmpty();
        assertThat(freshness.staleReason(signal(), BAR.plusSeconds(120))).isEmpty();
    }

    @Test
    void givenAnOlderSignal_whenJudged_thenItIsStaleAndTheReasonSaysWhy() {
        assertThat(freshness.staleReason(signal(), BAR.plusSeconds(121)))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("stale: signal of bar " + BAR)
                        .contains("PT2M1S old").contains("maximum age is PT2M"));
    }

    private static EntrySignalled signal() {
        return new EntrySignalled("momentum:AAPL:" + BAR, "momentum", Side.BUY, BAR, new BigDecimal("100"),
                new BigDecimal("98"), new BigDecimal("104"), new BigDecimal("1"), BigDecimal.ONE);
    }
}
