package com.tradesuite.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class DecisionLogTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @AfterEach
    void detach() {
        Metrics.removeRegistry(registry);
    }

    @Test
    void everyDecisionCountsUnderItsName() {
        Metrics.addRegistry(registry);

        DecisionLog.log("entry-accepted", "AAPL", "momentum:AAPL:t1", "qty 10");
        DecisionLog.log("entry-accepted", "MSFT", "momentum:MSFT:t1", "qty 5");
        DecisionLog.log("reprotect", "AAPL", "momentum:AAPL:t1", "no stop");

        assertThat(registry.counter(DecisionLog.DECISIONS, "decision", "entry-accepted").count()).isEqualTo(2);
        assertThat(registry.counter(DecisionLog.DECISIONS, "decision", "reprotect").count()).isEqualTo(1);
    }
}
