package com.tradesuite.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.pnl.TradingDay;

/**
 * The daily report over New York trading days {@code from}..{@code to}: a pure function of the {@link DailyLedger}.
 * Sharpe and Sortino are of daily realised P&L over the range's trading days (weekdays, plus any other day with
 * activity; days without a trade count as 0), annualised by sqrt(252); exposure is time-weighted over each day's
 * regular session at cost basis.
 *
 * @param tradingDays the days the ratios and exposure average over
 * @param total statistics of the trades closed in the range
 * @param averageWin gross profit / wins (null without wins)
 * @param averageLoss gross loss / losses, positive (null without losses)
 * @param expectancy net P&L per trade (null without trades)
 * @param expectancyR mean R of the trades with a known risk (null if none)
 * @param bySymbol statistics per symbol
 * @param rHistogram the R-multiples in fixed buckets ({@link RHistogram#EDGES})
 * @param rUnknown trades whose R is unknown (not in the histogram)
 * @param ratios Sharpe and Sortino of daily P&L
 * @param maxDrawdown largest fall of cumulative realised P&L from its running peak (0 at the range's start)
 * @param averageHoldingSeconds mean time from the opening fill to the closing fill (null without trades)
 * @param exposure time in market and the time-weighted cost basis
 * @param best the best trades by P&L, at most {@value DayAggregate#RANKED}
 * @param worst the worst trades by P&L, at most {@value DayAggregate#RANKED}
 * @param exitSources position-reducing fills per exit layer and reason, most first
 * @param protection protection incidents of the range
 * @param entryDeclines declined entry signals per check, by check
 * @param fees what the broker charged
 * @param days one row per day with activity
 * @param equityCurve cumulative realised P&L and its drawdown after each minute in which trades closed, from 0
 */
public record DailyReport(LocalDate from, LocalDate to, int tradingDays, TradeStats total, BigDecimal averageWin,
                          BigDecimal averageLoss, BigDecimal expectancy, BigDecimal expectancyR,
                          Map<String, TradeStats> bySymbol, List<RHistogram.Bucket> rHistogram, int rUnknown,
                          Ratios ratios, BigDecimal maxDrawdown, Long averageHoldingSeconds, Exposure exposure,
                          List<Trade> best, List<Trade> worst, List<ExitSourceShare> exitSources,
                          ProtectionIncidents protection, Map<String, Integer> entryDeclines, Fees fees,
                          List<DayRow> days, List<EquityPoint> equityCurve) {

    /** Trading days a year, for annualising daily ratios. */
    public static final int TRADING_DAYS_PER_YEAR = 252;
    static final String RATIO_BASIS = "daily realised P&L over the range's trading days (weekdays and days with "
            + "activity; a day without trades is 0), mean / standard deviation x sqrt(252); the monitor does not "
            + "see the account's equity, so a return is P&L on a constant capital base (the ratio does not depend "
            + "on its size)";
    static final String EXPOSURE_BASIS = "time-weighted over each day's regular session 09:30-16:00 New York, at "
            + "cost basis (quantity x average entry price; the monitor folds no prices), until the last event folded";
    static final String FEES_NOTE = "not reported: the broker's executions carry no fees (Alpaca's trade updates "
            + "have none), so none are on the log";
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int SCALE = 4;

    /** Sharpe and Sortino of daily P&L; null where undefined (fewer than 2 days, no spread, no losing day). */
    public record Ratios(BigDecimal sharpe, BigDecimal sortino, String basis) {
    }

    /**
     * @param timeInMarketPercent share of the regular sessions with at least one position open
     * @param averageExposure time-weighted mean cost basis open during the regular sessions
     * @param peakExposure the largest cost basis open at once
     */
    public record Exposure(BigDecimal timeInMarketPercent, BigDecimal averageExposure, BigDecimal peakExposure,
                           String basis) {
    }

    /**
     * @param gaps ended gaps in stop coverage (see {@link ProtectionIncident.Kind#GAP})
     * @param gapsOverBound gaps longer than 2 s
     * @param openGaps positions short of a stop right now
     * @param latest the latest incidents, newest last (at most {@value DayAggregate#INCIDENTS} a day)
     */
    public record ProtectionIncidents(int reprotections, int gaps, int gapsOverBound, long longestGapMillis,
                                      long totalGapMillis, int fallbackExits, int hardStopExits, int adoptions,
                                      int openGaps, List<ProtectionIncident> latest) {
    }

    /** @param amount null when the broker reports none */
    public record Fees(BigDecimal amount, String note) {
    }

    public record DayRow(LocalDate day, int trades, int wins, int losses, BigDecimal netPnl, BigDecimal maxDrawdown) {
    }

    public record EquityPoint(Instant at, BigDecimal cumulativePnl, BigDecimal drawdown) {
    }

    /** The report of one day. */
    public static DailyReport of(DailyLedger ledger, LocalDate day, Instant asOf) {
        return of(ledger, day, day, asOf);
    }

    /**
     * The report of {@code from}..{@code to} (inclusive) over the ledger as of {@code asOf} (the newest event time):
     * the open positions' exposure counts up to then.
     */
    public static DailyReport of(DailyLedger ledger, LocalDate from, LocalDate to, Instant asOf) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        DailyLedger accrued = asOf == null ? ledger : ledger.accruedTo(asOf);
        List<DayAggregate> days = List.copyOf(accrued.days().subMap(from, true, to, true).values());
        TradeSums sums = TradeSums.none();
        RHistogram histogram = RHistogram.empty();
        PnlPath path = PnlPath.flat();
        Map<String, TradeSums> bySymbol = new TreeMap<>();
        ExitTally exits = ExitTally.empty();
        Map<ProtectionIncident.Kind, Integer> incidents = new EnumMap<>(ProtectionIncident.Kind.class);
        Map<String, Integer> declines = new TreeMap<>();
        List<Trade> best = new ArrayList<>();
        List<Trade> worst = new ArrayList<>();
        List<ProtectionIncident> latest = new ArrayList<>();
        List<DayRow> rows = new ArrayList<>();
        List<EquityPoint> curve = new ArrayList<>();
        long gapMillis = 0;
        long longestGap = 0;
        int gapsOverBound = 0;
        BigDecimal dollarSeconds = BigDecimal.ZERO;
        long inMarketMillis = 0;
        BigDecimal peakExposure = BigDecimal.ZERO;
        Map<LocalDate, BigDecimal> pnlByDay = new HashMap<>();
        for (DayAggregate day : days) {
            sums = sums.plus(day.total());
            histogram = histogram.plus(day.rHistogram());
            day.bySymbol().forEach((symbol, s) -> bySymbol.merge(symbol, s, TradeSums::plus));
            exits = exits.merge(day.exits());
            day.incidentCounts().forEach((kind, count) -> incidents.merge(kind, count, Integer::sum));
            day.declinesByCheck().forEach((check, count) -> declines.merge(check, count, Integer::sum));
            best.addAll(day.best());
            worst.addAll(day.worst());
            latest.addAll(day.incidents());
            gapMillis += day.gapMillis();
            longestGap = Math.max(longestGap, day.longestGapMillis());
            gapsOverBound += day.gapsOverBound();
            dollarSeconds = dollarSeconds.add(day.exposureDollarSeconds());
            inMarketMillis += day.inMarketMillis();
            peakExposure = peakExposure.max(day.peakExposure());
            pnlByDay.put(day.day(), day.total().netPnl());
            if (curve.isEmpty()) {
                curve.add(new EquityPoint(sessionOpen(day.day()), BigDecimal.ZERO, BigDecimal.ZERO));
            }
            addCurve(curve, day, path);
            path = path.then(day.path());
            rows.add(new DayRow(day.day(), day.total().trades(), day.total().wins(), day.total().losses(),
                    day.total().netPnl(), day.path().maxDrawdown()));
        }
        best.sort(DayAggregate.BEST_FIRST);
        worst.sort(DayAggregate.WORST_FIRST);
        latest.sort(Comparator.comparing(ProtectionIncident::at));
        List<LocalDate> tradingDays = tradingDays(from, to, asOf, pnlByDay);
        TradeStats total = sums.stats();
        return new DailyReport(from, to, tradingDays.size(), total, total.averageWin(), total.averageLoss(),
                total.expectancy(), total.averageR(), statsBySymbol(bySymbol), histogram.buckets(),
                histogram.unknown(), ratios(tradingDays, pnlByDay), path.maxDrawdown(),
                sums.averageHoldingSeconds(),
                exposure(tradingDays.size(), dollarSeconds, inMarketMillis, peakExposure),
                List.copyOf(best.subList(0, Math.min(DayAggregate.RANKED, best.size()))),
                List.copyOf(worst.subList(0, Math.min(DayAggregate.RANKED, worst.size()))),
                exits.shares(), new ProtectionIncidents(incidents.getOrDefault(ProtectionIncident.Kind.REPROTECTION,
                0), incidents.getOrDefault(ProtectionIncident.Kind.GAP, 0), gapsOverBound, longestGap, gapMillis,
                incidents.getOrDefault(ProtectionIncident.Kind.FALLBACK_EXIT, 0),
                incidents.getOrDefault(ProtectionIncident.Kind.HARD_STOP_EXIT, 0),
                incidents.getOrDefault(ProtectionIncident.Kind.ADOPTION, 0), ledger.openGaps().size(),
                List.copyOf(latest)), Map.copyOf(declines), new Fees(null, FEES_NOTE), List.copyOf(rows),
                List.copyOf(curve));
    }

    private static void addCurve(List<EquityPoint> curve, DayAggregate day, PnlPath before) {
        BigDecimal cumulative = before.net();
        BigDecimal peak = before.peak();
        for (Map.Entry<Integer, BigDecimal> minute : day.pnlByMinute().entrySet()) {
            cumulative = cumulative.add(minute.getValue());
            peak = peak.max(cumulative);
            Instant at = day.day().atStartOfDay(TradingDay.NEW_YORK).toInstant().plusSeconds(minute.getKey() * 60L);
            curve.add(new EquityPoint(at, cumulative, peak.subtract(cumulative)));
        }
    }

    private static Instant sessionOpen(LocalDate day) {
        return day.atTime(DayAggregate.SESSION_OPEN).atZone(TradingDay.NEW_YORK).toInstant();
    }

    /** Weekdays of the range up to the day of {@code asOf}, and every day with activity. */
    private static List<LocalDate> tradingDays(LocalDate from, LocalDate to, Instant asOf,
                                               Map<LocalDate, BigDecimal> active) {
        LocalDate last = asOf == null || TradingDay.of(asOf).isAfter(to) ? to : TradingDay.of(asOf);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (active.containsKey(day) || weekday && !day.isAfter(last)) {
                days.add(day);
            }
        }
        return days;
    }

    static Ratios ratios(List<LocalDate> days, Map<LocalDate, BigDecimal> pnlByDay) {
        int n = days.size();
        if (n < 2) {
            return new Ratios(null, null, RATIO_BASIS);
        }
        double[] returns = days.stream().mapToDouble(day -> pnlByDay.getOrDefault(day, BigDecimal.ZERO)
                .doubleValue()).toArray();
        double mean = 0;
        for (double r : returns) {
            mean += r / n;
        }
        double squares = 0;
        double downside = 0;
        for (double r : returns) {
            squares += (r - mean) * (r - mean);
            downside += Math.min(0, r) * Math.min(0, r);
        }
        double deviation = Math.sqrt(squares / (n - 1));
        double downsideDeviation = Math.sqrt(downside / n);
        double annualise = Math.sqrt(TRADING_DAYS_PER_YEAR);
        return new Ratios(deviation == 0 ? null : scaled(mean / deviation * annualise),
                downsideDeviation == 0 ? null : scaled(mean / downsideDeviation * annualise), RATIO_BASIS);
    }

    private static Exposure exposure(int tradingDays, BigDecimal dollarSeconds, long inMarketMillis,
                                     BigDecimal peak) {
        if (tradingDays == 0) {
            return new Exposure(null, null, peak, EXPOSURE_BASIS);
        }
        BigDecimal sessionSeconds = BigDecimal.valueOf(DayAggregate.SESSION_SECONDS * tradingDays);
        return new Exposure(BigDecimal.valueOf(inMarketMillis).movePointLeft(3).multiply(HUNDRED)
                .divide(sessionSeconds, 2, RoundingMode.HALF_EVEN),
                dollarSeconds.divide(sessionSeconds, 2, RoundingMode.HALF_EVEN), peak, EXPOSURE_BASIS);
    }

    private static Map<String, TradeStats> statsBySymbol(Map<String, TradeSums> bySymbol) {
        Map<String, TradeStats> stats = new TreeMap<>();
        bySymbol.forEach((symbol, sums) -> stats.put(symbol, sums.stats()));
        return stats;
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
