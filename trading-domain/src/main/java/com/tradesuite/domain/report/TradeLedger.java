package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PVector;
import org.pcollections.TreePVector;

import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;

/**
 * The monitor's trade ledger: closed round trips folded from {@code fills} (executions and reconciliations) (through the one position fold, so
 * duplicates count once) plus every exit-source record, once per executionId. The report is history, so the
 * trades and exits are kept, but each event appends in logarithmic time instead of copying. Persistent.
 */
public record TradeLedger(PositionBook positions, PVector<Trade> closedTrades,
                          PMap<String, ExitAttributed> exitsByExecution) {

    private static final TradeLedger EMPTY = new TradeLedger(PositionBook.empty(), TreePVector.empty(),
            HashTreePMap.empty());

    public static TradeLedger empty() {
        return EMPTY;
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
            return new TradeLedger(positions, closedTrades, exitsByExecution.plus(exit.executionId(), exit));
        }
        PositionBook after = positions.apply(envelope);
        if (after == positions) {
            return this;
        }
        Trade closed = closedBy(positions, after, envelope.symbol());
        return new TradeLedger(after, closed == null ? closedTrades : closedTrades.plus(closed), exitsByExecution);
    }

    /** The round trip the step from {@code before} to this ledger closed, if it closed one. */
    public Optional<Trade> closedSince(TradeLedger before) {
        return closedTrades.size() > before.closedTrades.size()
                ? Optional.of(closedTrades.get(closedTrades.size() - 1)) : Optional.empty();
    }

    public List<ExitAttributed> exits() {
        return exitsByExecution.values().stream()
                .sorted((a, b) -> a.executionId().compareTo(b.executionId())).toList();
    }

    /**
     * The round trip a fold step ended, or null: a sell fill or a reconciliation with the broker (a position closed
     * outside the suite) that leaves {@code symbol} flat after it was open.
     */
    static Trade closedBy(PositionBook before, PositionBook after, String symbol) {
        Position was = before.position(symbol);
        Position now = after.position(symbol);
        return was.isOpen() && !now.isOpen() ? closed(was, now) : null;
    }

    private static Trade closed(Position was, Position now) {
        BigDecimal pnl = now.roundTripRealizedPnl();
        BigDecimal r = was.initialRiskPerShare()
                .map(risk -> pnl.divide(risk.multiply(now.roundTripEntryQty()), 4, RoundingMode.HALF_EVEN))
                .orElse(null);
        return new Trade(was.symbol(), was.openedAt(), now.lastFillAt(), now.roundTripEntryQty(), was.avgEntryPrice(),
                pnl, r);
    }
}
