package com.tradesuite.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.FoldRefusal;
import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCanceled;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class FoldRefusalsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @BeforeEach
    void register() {
        Metrics.addRegistry(registry);
    }

    @AfterEach
    void unregister() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void aCancelForAnOrderTheFoldNeverSawIsCountedUnderItsReason() {
        EventEnvelope<OrderCanceled> cancel = EventEnvelope.withId("order:b-1:canceled", new OrderCanceled("b-1",
                "c-1", "test"), "AAPL", "test", Instant.parse("2026-11-20T14:31:00Z"), null, null);

        TradingState.Step step = TradingState.empty().fold(cancel);
        FoldRefusals.report(cancel, step.refusal());

        assertThat(step.refusal()).get().extracting(FoldRefusal::reason).isEqualTo(FoldRefusal.Reason.UNKNOWN_ORDER);
        assertThat(registry.counter(FoldRefusals.REFUSED, "reason", "unknown_order").count()).isEqualTo(1.0);
        assertThat(registry.find(FoldRefusals.REFUSED).tag("reason", "illegal_transition").counter()).isNull();
    }

    @Test
    void nothingIsCountedWhenTheFoldAppliedTheEvent() {
        FoldRefusals.report(EventEnvelope.withId("x", new OrderCanceled("b-1", "c-1", "test"), "AAPL", "test",
                Instant.EPOCH, null, null), Optional.empty());

        assertThat(registry.find(FoldRefusals.REFUSED).counters()).isEmpty();
    }
}
