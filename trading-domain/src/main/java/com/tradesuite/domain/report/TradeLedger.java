package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;

/**
 * The monitor's trade ledger: closed round trips folded from {@code fills} (through the one position fold, so
 * duplicates count once) plus every exit-source record, once per executionId. Immutable.
 */
public record TradeLedger(PositionBook positions, List<Trade> closedTrades, Map<String, ExitAttributed> exitsByExecution) {

    public TradeLedger {
        closedTrades = List.copyOf(closedTrades);
        exitsByExecution = Map.copyOf(exitsByExecution);
    }

    public static TradeLedger empty() {
        return new TradeLedger(PositionBook.empty(), List.of(), Map.of());
    }

    public static TradeLedger of(List<? extends EventEnvelope<?>> events) {
        TradeLedger ledger = empty();
        for (EventEnvelope<?> event : events) {
            ledger = ledger.apply(event);
        }
        return ledger;
    }

    public TradeLedger apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof ExitAttributed exit) {
            if (exitsByExecution.containsKey(exit.executionId())) {
                return this;
            }
            Map<String, ExitAttributed> exits = new HashMap<>(exitsByExecution);
            exits.put(exit.executionId(), exit);
            return new TradeLedger(positions, closedTrades, exits);
        }
        PositionBook after = positions.apply(envelope);
        if (after == positions) {
            return this;
        }
        List<Trade> trades = closedTrades;
        if (envelope.payload() instanceof OrderFilled fill) {
            Position was = positions.position(envelope.symbol());
            Position now = after.position(envelope.symbol());
            if (was.isOpen() && !now.isOpen()) {
                trades = new ArrayList<>(closedTrades);
                trades.add(closed(was, now, fill));
            }
        }
        return new TradeLedger(after, trades, exitsByExecution);
    }

    public List<ExitAttributed> exits() {
        return exitsByExecution.values().stream()
                .sorted((a, b) -> a.executionId().compareTo(b.executionId())).toList();
    }

    private static Trade closed(Position was, Position now, OrderFilled fill) {
        BigDecimal pnl = now.roundTripRealizedPnl();
        BigDecimal r = was.initialRiskPerShare()
                .map(risk -> pnl.divide(risk.multiply(now.roundTripEntryQty()), 4, RoundingMode.HALF_EVEN))
                .orElse(null);
        return new Trade(was.symbol(), was.openedAt(), fill.filledAt(), now.roundTripEntryQty(), was.avgEntryPrice(),
                pnl, r);
    }
}
