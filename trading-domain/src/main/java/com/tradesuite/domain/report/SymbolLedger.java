package com.tradesuite.domain.report;

import java.io.Serializable;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.memory.RecentIds;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;

/**
 * One symbol's part of the trade ledger, live state only: the trading state (position and open orders, for the
 * protection line), the one position fold that closes round trips (exactly as {@link TradeLedger} does) and the
 * latest exit records' execution ids (a repeated record counts once). Each event gives the {@link ReportEntry} it
 * adds to the report; the finished trades are not kept here, they are summed downstream.
 *
 * @param trading the symbol's trading state (its slice of the account's)
 * @param positions the symbol's position as the trade ledger folds it
 * @param exitIds execution ids of the symbol's latest exit records
 */
public record SymbolLedger(TradingState trading, PositionBook positions, RecentIds exitIds) implements Serializable {

    /** Exit records are repeated only by a retried append, right after the first: a few dozen ids cover it. */
    public static final int EXIT_IDS_REMEMBERED = 64;

    // Only status() is used, which needs no policy settings.
    private static final ProtectionAudit AUDIT = new ProtectionAudit(ProtectionPolicy.defaults());

    /** A fold step: the ledger after the event, and what the event adds to the report. */
    public record Step(SymbolLedger ledger, ReportEntry entry) {
    }

    public static SymbolLedger empty() {
        return new SymbolLedger(TradingState.empty(), PositionBook.empty(), RecentIds.empty(EXIT_IDS_REMEMBERED));
    }

    public Step apply(EventEnvelope<?> envelope) {
        TradingState tradingAfter = trading.fold(envelope).state();
        RecentIds idsAfter = exitIds;
        ExitAttributed counted = null;
        if (envelope.payload() instanceof ExitAttributed exit && !exitIds.contains(exit.executionId())) {
            counted = exit;
            idsAfter = exitIds.plus(exit.executionId());
        }
        PositionBook positionsAfter = positions.apply(envelope);
        Trade closed = TradeLedger.closedBy(positions, positionsAfter, envelope.symbol());
        ProtectionSummary protection = ProtectionSummary.of(tradingAfter.positions(), tradingAfter.orders(), AUDIT);
        ReportEntry entry = new ReportEntry(envelope.symbol(), envelope.occurredAt(), closed,
                counted == null ? null : counted.layer(), counted == null ? null : counted.reason(), protection);
        return new Step(new SymbolLedger(tradingAfter, positionsAfter, idsAfter), entry);
    }
}
