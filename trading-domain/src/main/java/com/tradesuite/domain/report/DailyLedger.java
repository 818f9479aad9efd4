package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSortedMap;
import org.pcollections.TreePMap;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.memory.RecentIds;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.domain.protection.ProtectionStatus;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;

/**
 * The daily report's fold: each event adds to the aggregate of its New York trading day (trades on the day they
 * closed); it keeps at most {@value #MAX_DAYS} days, and of the live state only the open positions' gaps and the
 * open cost basis, so an event costs the same whatever the history. Persistent.
 *
 * @param days the days' aggregates, oldest first
 * @param openGaps since when each open position has been short of a stop (log time)
 * @param openNotional the cost basis of the open positions after the last fill
 * @param exposureSince since when {@code openNotional} has been open, not yet added to a day; null when flat
 * @param counted ids of intents, declines, adoptions and exit records already counted (a re-delivery counts once)
 */
public record DailyLedger(PSortedMap<LocalDate, DayAggregate> days, PMap<String, Instant> openGaps, BigDecimal openNotional,
                          Instant exposureSince, RecentIds counted) {

    /** About four years of trading days; older days are dropped. */
    public static final int MAX_DAYS = 1_000;
    static final int IDS_REMEMBERED = 4_096;
    // Only status() is used, which needs no policy settings.
    private static final ProtectionAudit AUDIT = new ProtectionAudit(ProtectionPolicy.defaults());
    private static final DailyLedger EMPTY = new DailyLedger(TreePMap.empty(), HashTreePMap.empty(), BigDecimal.ZERO,
            null, RecentIds.empty(IDS_REMEMBERED));

    public static DailyLedger empty() {
        return EMPTY;
    }

    /**
     * Folds one event.
     *
     * @param closed the round trip this event closed in the trade ledger, if it closed one
     * @param after the trading state with this event folded (positions and orders, for exposure and protection)
     */
    public DailyLedger apply(EventEnvelope<?> envelope, Optional<Trade> closed, TradingState after) {
        DailyLedger next = closed.map(trade -> next(TradingDay.of(trade.closedAt()), day -> day.withTrade(trade)))
                .orElse(this);
        Instant at = timeOf(envelope);
        Object payload = envelope.payload();
        if (payload instanceof ExitAttributed exit && !counted.contains("exit:" + exit.executionId())) {
            next = next.remember("exit:" + exit.executionId()).next(TradingDay.of(at),
                    day -> day.withExit(exit.layer(), exit.reason()));
        } else if (payload instanceof EntryDeclined declined && !counted.contains("declined:" + declined.signalId())) {
            next = next.remember("declined:" + declined.signalId()).next(TradingDay.of(at),
                    day -> day.withDecline(declined.check()));
        } else if (payload instanceof OrderIntentRecorded intent) {
            next = next.intent(envelope.symbol(), intent, at);
        } else if (payload instanceof PositionAdopted adopted
                && !counted.contains("adopted:" + adopted.reconciliationId())) {
            ProtectionIncident incident = new ProtectionIncident(at, envelope.symbol(),
                    ProtectionIncident.Kind.ADOPTION, adopted.qty().toPlainString() + " shares at "
                    + adopted.avgEntryPrice().toPlainString() + ": " + adopted.reason(), null);
            next = next.remember("adopted:" + adopted.reconciliationId()).next(TradingDay.of(at),
                    day -> day.withIncident(incident));
        }
        if (payload instanceof FillEvent) {
            next = next.exposureAfterFill(after, at);
        }
        if (payload instanceof FillEvent || payload instanceof OrderEvent) {
            next = next.protection(envelope.symbol(), after, at);
        }
        return next;
    }

    /** This ledger with the open cost basis added to the days up to {@code asOf} (for a report; nothing is kept). */
    public DailyLedger accruedTo(Instant asOf) {
        if (exposureSince == null || !asOf.isAfter(exposureSince)) {
            return this;
        }
        return new DailyLedger(accrue(days, openNotional, exposureSince, asOf), openGaps, openNotional, asOf, counted);
    }

    private DailyLedger intent(String symbol, OrderIntentRecorded intent, Instant at) {
        ProtectionIncident.Kind kind = switch (intent.purpose()) {
            case REPROTECT -> ProtectionIncident.Kind.REPROTECTION;
            case FALLBACK_EXIT -> ProtectionIncident.Kind.FALLBACK_EXIT;
            case EMERGENCY_EXIT -> ProtectionIncident.Kind.HARD_STOP_EXIT;
            default -> null;
        };
        String id = "intent:" + intent.clientOrderId();
        if (kind == null || counted.contains(id)) {
            return this;
        }
        ProtectionIncident incident = new ProtectionIncident(at, symbol, kind, intent.qty().toPlainString()
                + " shares: " + intent.reason(), null);
        return remember(id).next(TradingDay.of(at), day -> day.withIncident(incident));
    }

    private DailyLedger exposureAfterFill(TradingState after, Instant at) {
        BigDecimal notional = BigDecimal.ZERO;
        for (Position position : after.positions().openPositions()) {
            if (position.avgEntryPrice() != null) {
                notional = notional.add(position.qty().multiply(position.avgEntryPrice()));
            }
        }
        PSortedMap<LocalDate, DayAggregate> accrued = exposureSince == null || !at.isAfter(exposureSince) ? days
                : accrue(days, openNotional, exposureSince, at);
        BigDecimal peak = notional;
        DailyLedger next = new DailyLedger(accrued, openGaps, notional,
                notional.signum() == 0 ? null : laterOf(exposureSince, at), counted);
        return notional.signum() == 0 ? next : next.next(TradingDay.of(at), day -> day.withPeakExposure(peak));
    }

    private DailyLedger protection(String symbol, TradingState after, Instant at) {
        // Short of a stop, not "conflicting exits": there stops are live, only more exits than one.
        boolean covered = !(AUDIT.status(after.positions().position(symbol), after.orders())
                instanceof ProtectionStatus.Unprotected);
        Instant since = openGaps.get(symbol);
        if (!covered && since == null) {
            return new DailyLedger(days, openGaps.plus(symbol, at), openNotional, exposureSince, counted);
        }
        if (covered && since != null) {
            long millis = Math.max(0, Duration.between(since, at).toMillis());
            ProtectionIncident gap = new ProtectionIncident(since, symbol, ProtectionIncident.Kind.GAP,
                    after.positions().position(symbol).isOpen() ? "stop covers the position again" : "position closed",
                    millis);
            return new DailyLedger(days, openGaps.minus(symbol), openNotional, exposureSince, counted)
                    .next(TradingDay.of(since), day -> day.withIncident(gap));
        }
        return this;
    }

    private static Instant laterOf(Instant since, Instant at) {
        return since == null || at.isAfter(since) ? at : since;
    }

    /** {@code notional} held from {@code from} to {@code to}, cut to each day's regular session. */
    private static PSortedMap<LocalDate, DayAggregate> accrue(PSortedMap<LocalDate, DayAggregate> days, BigDecimal notional,
                                                        Instant from, Instant to) {
        PSortedMap<LocalDate, DayAggregate> accrued = days;
        for (LocalDate day = TradingDay.of(from); !day.isAfter(TradingDay.of(to)); day = day.plusDays(1)) {
            Instant open = day.atTime(DayAggregate.SESSION_OPEN).atZone(TradingDay.NEW_YORK).toInstant();
            Instant close = day.atTime(DayAggregate.SESSION_CLOSE).atZone(TradingDay.NEW_YORK).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                long millis = Duration.between(start, end).toMillis();
                DayAggregate aggregate = accrued.getOrDefault(day, DayAggregate.empty(day));
                accrued = capped(accrued.plus(day, aggregate.withExposure(notional, millis)));
            }
        }
        return accrued;
    }

    private DailyLedger next(LocalDate day, UnaryOperator<DayAggregate> change) {
        DayAggregate aggregate = days.getOrDefault(day, DayAggregate.empty(day));
        return new DailyLedger(capped(days.plus(day, change.apply(aggregate))), openGaps, openNotional, exposureSince,
                counted);
    }

    private DailyLedger remember(String id) {
        return new DailyLedger(days, openGaps, openNotional, exposureSince, counted.plus(id));
    }

    private static PSortedMap<LocalDate, DayAggregate> capped(PSortedMap<LocalDate, DayAggregate> days) {
        if (days.size() <= MAX_DAYS) {
            return days;
        }
        return days.minusFirstEntry();
    }

    private static Instant timeOf(EventEnvelope<?> envelope) {
        Object payload = envelope.payload();
        if (payload instanceof OrderFilled fill) {
            return fill.filledAt();
        }
        if (payload instanceof PositionReconciled reconciled) {
            return reconciled.observedAt();
        }
        if (payload instanceof PositionAdopted adopted) {
            return adopted.observedAt();
        }
        return envelope.occurredAt();
    }
}
