package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.TreePMap;

import com.tradesuite.domain.memory.BoundedList;
import com.tradesuite.domain.pnl.TradingDay;
import com.tradesuite.schemas.event.ExitLayer;

/**
 * One New York trading day of the daily report, folded from the log and bounded whatever the day held: sums instead
 * of trades, fixed R buckets, P&L per minute of the day (at most 1,440), the {@value #RANKED} best and worst trades,
 * the {@value #INCIDENTS} latest protection incidents and counts per kind, exits per layer and reason, entry declines
 * per check, and the exposure integral.
 *
 * @param pnlByMinute realised P&L of the trades closed in each minute of the day (New York minute of day)
 * @param exposureDollarSeconds open positions' cost basis (quantity x average entry) integrated over the day's
 *                              regular session, 09:30-16:00 New York, in dollar-seconds
 * @param inMarketMillis how much of the regular session at least one position was open
 * @param peakExposure the largest cost basis open at once during the day
 * @param gapMillis sum of the day's ended protection gaps
 * @param longestGapMillis the longest of them
 * @param gapsOverBound how many lasted longer than the 2 s the design allows
 */
public record DayAggregate(LocalDate day, TradeSums total, PMap<String, TradeSums> bySymbol, RHistogram rHistogram,
                           PnlPath path, PMap<Integer, BigDecimal> pnlByMinute, List<Trade> best, List<Trade> worst,
                           ExitTally exits, PMap<ProtectionIncident.Kind, Integer> incidentCounts,
                           BoundedList<ProtectionIncident> incidents, long gapMillis, long longestGapMillis,
                           int gapsOverBound, PMap<String, Integer> declinesByCheck, BigDecimal exposureDollarSeconds,
                           long inMarketMillis, BigDecimal peakExposure) {

    /** Best and worst trades kept per day. */
    public static final int RANKED = 5;
    /** Protection incidents listed per day (the counts cover all). */
    public static final int INCIDENTS = 50;
    /** The protection bound of the design: a position may be short of its stop for at most 2 s. */
    public static final long GAP_BOUND_MILLIS = 2_000;
    public static final LocalTime SESSION_OPEN = LocalTime.of(9, 30);
    public static final LocalTime SESSION_CLOSE = LocalTime.of(16, 0);
    /** The regular session's length in seconds (6.5 hours). */
    public static final long SESSION_SECONDS = 23_400;

    static final Comparator<Trade> BEST_FIRST = Comparator.comparing(Trade::realizedPnl).reversed()
            .thenComparing(Trade::closedAt).thenComparing(Trade::symbol);
    static final Comparator<Trade> WORST_FIRST = Comparator.comparing(Trade::realizedPnl)
            .thenComparing(Trade::closedAt).thenComparing(Trade::symbol);

    public static DayAggregate empty(LocalDate day) {
        return new DayAggregate(day, TradeSums.none(), HashTreePMap.empty(), RHistogram.empty(), PnlPath.flat(),
                TreePMap.empty(), List.of(), List.of(), ExitTally.empty(), HashTreePMap.empty(),
                BoundedList.empty(INCIDENTS), 0, 0, 0, HashTreePMap.empty(), BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** A closed round trip, counted on the day it closed. */
    DayAggregate withTrade(Trade trade) {
        int minute = trade.closedAt().atZone(TradingDay.NEW_YORK).toLocalTime().toSecondOfDay() / 60;
        return new DayAggregate(day, total.plus(trade),
                bySymbol.plus(trade.symbol(), bySymbol.getOrDefault(trade.symbol(), TradeSums.none()).plus(trade)),
                rHistogram.plus(trade.rMultiple()), path.plus(trade.realizedPnl()),
                pnlByMinute.plus(minute, pnlByMinute.getOrDefault(minute, BigDecimal.ZERO).add(trade.realizedPnl())),
                ranked(best, trade, BEST_FIRST), ranked(worst, trade, WORST_FIRST), exits, incidentCounts, incidents,
                gapMillis, longestGapMillis, gapsOverBound, declinesByCheck, exposureDollarSeconds, inMarketMillis,
                peakExposure);
    }

    DayAggregate withExit(ExitLayer layer, String reason) {
        return new DayAggregate(day, total, bySymbol, rHistogram, path, pnlByMinute, best, worst,
                exits.add(layer, reason), incidentCounts, incidents, gapMillis, longestGapMillis, gapsOverBound,
                declinesByCheck, exposureDollarSeconds, inMarketMillis, peakExposure);
    }

    DayAggregate withIncident(ProtectionIncident incident) {
        long gap = incident.durationMillis() == null ? 0 : incident.durationMillis();
        boolean isGap = incident.kind() == ProtectionIncident.Kind.GAP;
        return new DayAggregate(day, total, bySymbol, rHistogram, path, pnlByMinute, best, worst, exits,
                incidentCounts.plus(incident.kind(), incidentCounts.getOrDefault(incident.kind(), 0) + 1),
                incidents.plus(incident), gapMillis + gap, Math.max(longestGapMillis, gap),
                gapsOverBound + (isGap && gap > GAP_BOUND_MILLIS ? 1 : 0), declinesByCheck, exposureDollarSeconds,
                inMarketMillis, peakExposure);
    }

    DayAggregate withDecline(String check) {
        return new DayAggregate(day, total, bySymbol, rHistogram, path, pnlByMinute, best, worst, exits,
                incidentCounts, incidents, gapMillis, longestGapMillis, gapsOverBound,
                declinesByCheck.plus(check, declinesByCheck.getOrDefault(check, 0) + 1), exposureDollarSeconds,
                inMarketMillis, peakExposure);
    }

    /** {@code notional} was open for {@code millis} of this day's regular session. */
    DayAggregate withExposure(BigDecimal notional, long millis) {
        return new DayAggregate(day, total, bySymbol, rHistogram, path, pnlByMinute, best, worst, exits,
                incidentCounts, incidents, gapMillis, longestGapMillis, gapsOverBound, declinesByCheck,
                exposureDollarSeconds.add(notional.multiply(BigDecimal.valueOf(millis)).movePointLeft(3)),
                inMarketMillis + (notional.signum() > 0 ? millis : 0), peakExposure);
    }

    DayAggregate withPeakExposure(BigDecimal notional) {
        if (notional.compareTo(peakExposure) <= 0) {
            return this;
        }
        return new DayAggregate(day, total, bySymbol, rHistogram, path, pnlByMinute, best, worst, exits,
                incidentCounts, incidents, gapMillis, longestGapMillis, gapsOverBound, declinesByCheck,
                exposureDollarSeconds, inMarketMillis, notional);
    }

    private static List<Trade> ranked(List<Trade> kept, Trade trade, Comparator<Trade> order) {
        List<Trade> next = new ArrayList<>(kept);
        next.add(trade);
        next.sort(order);
        return List.copyOf(next.subList(0, Math.min(RANKED, next.size())));
    }
}
