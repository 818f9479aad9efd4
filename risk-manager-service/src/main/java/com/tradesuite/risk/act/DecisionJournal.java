package com.tradesuite.risk.act;

import com.tradesuite.service.DecisionLog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One decision line per decision ({@link DecisionLog}); a standing verdict (protected, waiting) is logged when it
 * changes, not on every timer tick.
 */
public final class DecisionJournal {

    /** Where the lines go: DecisionLog in production, a list in tests. */
    @FunctionalInterface
    public interface Sink {
        void log(String decision, String symbol, String correlationId, String reason);
    }

    private final Sink sink;
    private final Map<String, String> standing = new ConcurrentHashMap<>();

    public DecisionJournal(Sink sink) {
        this.sink = sink;
    }

    public static DecisionJournal toDecisionLog() {
        return new DecisionJournal(DecisionLog::log);
    }

    /** An action or a refusal: always logged. */
    public void decision(String decision, String symbol, String correlationId, String reason) {
        standing.keySet().removeIf(key -> key.startsWith(symbol + "|"));
        sink.log(decision, symbol, correlationId, reason);
    }

    /**
     * A verdict that holds until something changes: logged only when it differs from the symbol's last verdict of
     * the same kind (the part of the decision name before the first '-', e.g. "protection" or "fallback").
     */
    public void verdict(String decision, String symbol, String correlationId, String reason) {
        String kind = decision.split("-", 2)[0];
        String line = decision + "|" + reason;
        if (!line.equals(standing.put(symbol + "|" + kind, line))) {
            sink.log(decision, symbol, correlationId, reason);
        }
    }
}
