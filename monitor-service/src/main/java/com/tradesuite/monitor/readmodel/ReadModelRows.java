package com.tradesuite.monitor.readmodel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.tradesuite.domain.report.Trade;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.OrderFilled;

/**
 * One fold step's new rows, judged by the monitor's own {@link TradeLedger}: the tables hold what the report counts.
 * A duplicate fill or exit record adds no row; a round trip appears when the ledger closes it. Pure.
 */
public final class ReadModelRows {

    private ReadModelRows() {
    }

    /**
     * @param before the ledger before the event was folded
     * @param event the event just folded
     * @param after {@code before.apply(event)}
     */
    public static List<ReadModelRow> of(TradeLedger before, EventEnvelope<?> event, TradeLedger after) {
        List<ReadModelRow> rows = new ArrayList<>(2);
        if (event.payload() instanceof OrderFilled fill) {
            // The position fold counts an execution once; so does the table.
            if (!before.positions().position(event.symbol()).hasSeen(fill.executionId())) {
                rows.add(fill(event, fill));
            }
            if (after.closedTrades().size() > before.closedTrades().size()) {
                rows.add(closedTrade(fill.executionId(), after.closedTrades().get(after.closedTrades().size() - 1)));
            }
        } else if (event.payload() instanceof ExitAttributed exit
                && !before.exitsByExecution().containsKey(exit.executionId())) {
            rows.add(exitSource(event, exit));
        }
        return rows;
    }

    static ReadModelRow fill(EventEnvelope<?> event, OrderFilled fill) {
        return row(ReadModelTable.FILLS, fill.executionId(), event.symbol(), fill.side().name(),
                fill.orderType().name(), fill.qty(), fill.price(), fill.filledAt(), fill.brokerOrderId(),
                fill.clientOrderId(), fill.parentOrderId(), fill.cumulativeQty(), fill.orderQty(), fill.partial(),
                fill.positionQtyAfter(), event.correlationId(), event.eventId());
    }

    static ReadModelRow exitSource(EventEnvelope<?> event, ExitAttributed exit) {
        return row(ReadModelTable.EXIT_SOURCES, exit.executionId(), event.symbol(), exit.layer().name(),
                exit.reason(), exit.orderType().name(), exit.price(), exit.qty(), exit.realizedPnl(),
                exit.rMultiple(), exit.positionQtyAfter(), event.occurredAt(), exit.brokerOrderId(),
                exit.clientOrderId(), event.correlationId(), event.eventId());
    }

    /** A round trip is keyed by the execution that made the position flat: one per trade, stable across replays. */
    static ReadModelRow closedTrade(String closingExecutionId, Trade trade) {
        return row(ReadModelTable.CLOSED_TRADES, closingExecutionId, trade.symbol(), trade.openedAt(),
                trade.closedAt(), trade.entryQty(), trade.avgEntryPrice(), trade.realizedPnl(), trade.rMultiple());
    }

    private static ReadModelRow row(ReadModelTable table, Object... values) {
        return new ReadModelRow(table, Arrays.asList(values));
    }
}
