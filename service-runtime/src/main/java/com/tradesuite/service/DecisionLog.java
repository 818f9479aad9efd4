package com.tradesuite.service;

import org.jboss.logging.Logger;

/**
 * One log line per decision, in one greppable shape across services:
 * {@code decision=<what> symbol=<S> correlationId=<id> reason=<why>}.
 */
public final class DecisionLog {

    private static final Logger LOG = Logger.getLogger("tradesuite.decision");

    private DecisionLog() {
    }

    public static void log(String decision, String symbol, String correlationId, String reason) {
        LOG.infof("decision=%s symbol=%s correlationId=%s reason=%s", decision, symbol,
                correlationId == null ? "-" : correlationId, reason);
    }
}
