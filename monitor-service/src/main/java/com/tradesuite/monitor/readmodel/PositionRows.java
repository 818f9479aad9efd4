package com.tradesuite.monitor.readmodel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import com.tradesuite.domain.exit.CloseReason;
import com.tradesuite.domain.memory.BoundedList;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.report.RunningTradeStats;
import com.tradesuite.domain.report.Trade;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.domain.report.TradeStats;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;

/**
 * The rows of {@code positions}, {@code trades} and {@code daily_summary} for one fold step, judged by the monitor's
 * {@link TradeLedger} like {@link ReadModelRows}, plus what those rows need beyond the ledger: the open position per
 * symbol, recently closed positions awaiting their exit record (its close reason), the owner of recent exits, and
 * the running statistics of recent New York days. Bounded: open positions, {@value #RECENT} closes and exits,
 * {@value #DAYS} days. Immutable and pure.
 */
public record PositionRows(PMap<String, Track> openBySymbol, PMap<String, Track> closedByExecution,
                           BoundedList<String> closedOrder, PMap<String, Owner> ownerByExecution,
                           BoundedList<String> ownerOrder, PMap<LocalDate, RunningTradeStats> days,
                           BoundedList<LocalDate> dayOrder) {

    /**
     * Closes and exits remembered for their exit record, which follows its fill on the log within moments: far more
     * than the suite appends in between.
     */
    static final int RECENT = 4096;
    /** Days whose running statistics are kept: a trade closes on today's fill, never on a day long gone. */
    static final int DAYS = 8;
    private static final int PRICE_SCALE = 6;

    private static final PositionRows EMPTY = new PositionRows(HashTreePMap.empty(), HashTreePMap.empty(),
            BoundedList.empty(RECENT), HashTreePMap.empty(), BoundedList.empty(RECENT), HashTreePMap.empty(),
            BoundedList.empty(DAYS));

    public static PositionRows empty() {
        return EMPTY;
    }

    /** The state after a step and the rows it adds (a newer row of a key replaces the older one when written). */
    public record Step(PositionRows next, List<ReadModelRow> rows) {
    }

    /** Who an exit execution sold for: its position, when that opened and the average entry price it sold against. */
    public record Owner(String positionId, Instant openedAt, BigDecimal avgEntryPrice) {
    }

    /**
     * One position's row.
     *
     * @param positionId the event id of the event that opened it
     * @param exitProceeds the sum of quantity x price of the shares sold so far
     */
    public record Track(String positionId, String symbol, Instant openedAt, Instant closedAt, BigDecimal entryQty,
                        BigDecimal openQty, BigDecimal avgEntryPrice, BigDecimal exitQty, BigDecimal exitProceeds,
                        BigDecimal realizedPnl, BigDecimal rMultiple, CloseReason closeReason,
                        String closingExecutionId) {

        ReadModelRow toRow() {
            BigDecimal avgExit = exitQty.signum() == 0 ? null
                    : exitProceeds.divide(exitQty, PRICE_SCALE, RoundingMode.HALF_EVEN);
            return row(ReadModelTable.POSITIONS, positionId, symbol, closedAt == null ? "OPEN" : "CLOSED", openedAt,
                    closedAt, entryQty, openQty, avgEntryPrice, avgExit, realizedPnl, rMultiple,
                    closeReason == null ? null : closeReason.name(), closingExecutionId);
        }

        Track held(Position now) {
            return new Track(positionId, symbol, openedAt, null, now.roundTripEntryQty(), now.qty(),
                    now.avgEntryPrice(), exitQty, exitProceeds, now.roundTripRealizedPnl(), null, null, null);
        }

        Track sold(BigDecimal qty, BigDecimal price) {
            return new Track(positionId, symbol, openedAt, closedAt, entryQty, openQty, avgEntryPrice,
                    exitQty.add(qty), exitProceeds.add(qty.multiply(price)), realizedPnl, rMultiple, closeReason,
                    closingExecutionId);
        }

        Track closed(Trade trade, String executionId) {
            return new Track(positionId, symbol, openedAt, trade.closedAt(), trade.entryQty(), BigDecimal.ZERO,
                    trade.avgEntryPrice(), exitQty, exitProceeds, trade.realizedPnl(), trade.rMultiple(), closeReason,
                    executionId);
        }

        Track because(CloseReason reason) {
            return new Track(positionId, symbol, openedAt, closedAt, entryQty, openQty, avgEntryPrice, exitQty,
                    exitProceeds, realizedPnl, rMultiple, reason, closingExecutionId);
        }
    }

    /**
     * @param before the ledger before the event was folded
     * @param after {@code before.apply(event)}
     */
    public Step apply(TradeLedger before, EventEnvelope<?> event, TradeLedger after) {
        if (event.payload() instanceof FillEvent fill && before.positions() != after.positions()) {
            return position(before, event, fill, after);
        }
        if (event.payload() instanceof ExitAttributed exit
                && !before.exitsByExecution().containsKey(exit.executionId())) {
            return exit(event, exit);
        }
        return new Step(this, List.of());
    }

    private Step position(TradeLedger before, EventEnvelope<?> event, FillEvent fill, TradeLedger after) {
        String symbol = event.symbol();
        Position was = before.positions().position(symbol);
        Position now = after.positions().position(symbol);
        String executionId = executionId(fill, event);
        Track track = was.isOpen() ? openBySymbol.get(symbol) : null;
        if (track == null) {
            // Opened now (or held before this monitor's log begins): the opening event names the position.
            Position opened = was.isOpen() ? was : now;
            track = new Track(event.eventId(), symbol, opened.openedAt(), null, opened.roundTripEntryQty(),
                    opened.qty(), opened.avgEntryPrice(), BigDecimal.ZERO, BigDecimal.ZERO,
                    opened.roundTripRealizedPnl(), null, null, null);
        }
        PositionRows state = this;
        BigDecimal sold = was.qty().subtract(now.qty());
        if (was.isOpen() && sold.signum() > 0) {
            track = track.sold(sold, exitPrice(fill, now));
            state = state.owning(executionId, new Owner(track.positionId(), was.openedAt(), was.avgEntryPrice()));
        }
        List<ReadModelRow> rows = new ArrayList<>(2);
        if (now.isOpen()) {
            track = track.held(now);
            state = state.withOpen(symbol, track);
        } else {
            Trade trade = after.closedTrades().get(after.closedTrades().size() - 1);
            track = track.closed(trade, executionId);
            state = state.withClosed(symbol, executionId, track);
            LocalDate day = TradingDay.of(trade.closedAt());
            RunningTradeStats stats = state.days.getOrDefault(day, RunningTradeStats.empty()).plus(trade);
            state = state.withDay(day, stats);
            rows.add(dailySummary(day, stats));
        }
        rows.add(0, track.toRow());
        return new Step(state, rows);
    }

    private Step exit(EventEnvelope<?> event, ExitAttributed exit) {
        CloseReason reason = CloseReason.of(exit).orElse(null);
        Owner owner = ownerByExecution.get(exit.executionId());
        List<ReadModelRow> rows = new ArrayList<>(2);
        rows.add(row(ReadModelTable.TRADES, exit.executionId(), owner == null ? null : owner.positionId(),
                event.symbol(), TradingDay.of(event.occurredAt()), owner == null ? null : owner.openedAt(),
                event.occurredAt(), exit.qty(), owner == null ? null : owner.avgEntryPrice(), exit.price(),
                exit.realizedPnl(), exit.rMultiple(), reason == null ? null : reason.name(), exit.layer().name(),
                exit.reason(), exit.positionQtyAfter().signum() == 0, exit.positionQtyAfter()));
        Track closed = closedByExecution.get(exit.executionId());
        if (closed == null) {
            return new Step(this, rows);
        }
        Track because = closed.because(reason);
        rows.add(because.toRow());
        return new Step(new PositionRows(openBySymbol, closedByExecution.plus(exit.executionId(), because),
                closedOrder, ownerByExecution, ownerOrder, days, dayOrder), rows);
    }

    private static ReadModelRow dailySummary(LocalDate day, RunningTradeStats running) {
        TradeStats stats = running.stats();
        return row(ReadModelTable.DAILY_SUMMARY, day, stats.trades(), stats.wins(), stats.losses(), stats.winRate(),
                stats.grossProfit(), stats.grossLoss(), stats.profitFactor(), stats.netPnl(), stats.averageR(),
                running.maxDrawdown(), running.firstCloseAt(), running.lastCloseAt());
    }

    /** The id an exit record of this fill carries: the execution, or the reconciliation for shares that left. */
    private static String executionId(FillEvent fill, EventEnvelope<?> event) {
        if (fill instanceof OrderFilled filled) {
            return filled.executionId();
        }
        if (fill instanceof PositionReconciled reconciled) {
            return reconciled.reconciliationId();
        }
        if (fill instanceof PositionAdopted adopted) {
            return adopted.reconciliationId();
        }
        return event.eventId();
    }

    private static BigDecimal exitPrice(FillEvent fill, Position now) {
        if (fill instanceof OrderFilled filled) {
            return filled.price();
        }
        if (fill instanceof PositionReconciled reconciled) {
            return reconciled.exitPrice();
        }
        return now.avgEntryPrice();
    }

    private PositionRows withOpen(String symbol, Track track) {
        return new PositionRows(openBySymbol.plus(symbol, track), closedByExecution, closedOrder, ownerByExecution,
                ownerOrder, days, dayOrder);
    }

    private PositionRows withClosed(String symbol, String executionId, Track track) {
        PMap<String, Track> closed = closedByExecution;
        if (closedOrder.isFull()) {
            closed = closed.minus(closedOrder.oldest());
        }
        return new PositionRows(openBySymbol.minus(symbol), closed.plus(executionId, track),
                closedOrder.plus(executionId), ownerByExecution, ownerOrder, days, dayOrder);
    }

    private PositionRows owning(String executionId, Owner owner) {
        PMap<String, Owner> owners = ownerByExecution;
        if (ownerOrder.isFull()) {
            owners = owners.minus(ownerOrder.oldest());
        }
        return new PositionRows(openBySymbol, closedByExecution, closedOrder, owners.plus(executionId, owner),
                ownerOrder.plus(executionId), days, dayOrder);
    }

    private PositionRows withDay(LocalDate day, RunningTradeStats stats) {
        if (days.containsKey(day)) {
            return new PositionRows(openBySymbol, closedByExecution, closedOrder, ownerByExecution, ownerOrder,
                    days.plus(day, stats), dayOrder);
        }
        PMap<LocalDate, RunningTradeStats> kept = dayOrder.isFull() ? days.minus(dayOrder.oldest()) : days;
        return new PositionRows(openBySymbol, closedByExecution, closedOrder, ownerByExecution, ownerOrder,
                kept.plus(day, stats), dayOrder.plus(day));
    }

    private static ReadModelRow row(ReadModelTable table, Object... values) {
        return new ReadModelRow(table, Arrays.asList(values));
    }
}
