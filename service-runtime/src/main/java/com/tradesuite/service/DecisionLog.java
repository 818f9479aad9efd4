package com.tradesuite.service;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Metrics;

/**
 * One log line per decision, in one greppable shape across services:
 * {@code decision=<what> symbol=<S> correlationId=<id> reason=<why>}; each decision also counts in the
 * {@code tradesuite_decisions_total{decision=...}} metric (orders sent, rejections, stop moves, re-protections...).
 */
public final class DecisionLog {

    private static final Logger LOG = Logger.getLogger("tradesuite.decision");
    static final String DECISIONS = "tradesuite.decisions";

    private DecisionLog() {
    }

    public static void log(String decision, String symbol, String correlationId, String reason) {
        Metrics.counter(DECISIONS, "decision", decision).increment();
        LOG.infof("decision=%s symbol=%s correlationId=%s reason=%s", decision, symbol,
                correlationId == null ? "-" : correlationId, reason);
    }
}
