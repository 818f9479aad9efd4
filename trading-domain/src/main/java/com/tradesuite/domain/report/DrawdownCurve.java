package com.tradesuite.domain.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.domain.pnl.TradingDay;

/**
 * The max drawdown of realised P&L in close order when trades arrive in any order: the trades that closed in the
 * newest {@link #DAYS_KEPT} New York days are kept sorted by close time (a late one is put in its place), everything
 * before them is one {@link DrawdownSegment}. So it holds at most a week of trades, and is exact unless a trade arrives
 * after trades that closed more than a week later; such a trade is chained after the settled history and counted in
 * {@link #lateTrades}.
 *
 * @param settled every trade that closed before the kept days, in close order
 * @param recent the kept days' trades, by close time (equal times in arrival order)
 * @param lateTrades trades that arrived too late to be put in their place
 */
public record DrawdownCurve(DrawdownSegment settled, List<Point> recent, long lateTrades) implements Serializable {

    /** A week covers the weekend between two sessions and any partition that falls a session behind another. */
    public static final int DAYS_KEPT = 7;

    private static final DrawdownCurve EMPTY = new DrawdownCurve(DrawdownSegment.empty(), List.of(), 0);

    /** One closed trade's realised P&L at its close time. */
    public record Point(Instant closedAt, BigDecimal pnl) implements Serializable {
    }

    public DrawdownCurve {
        recent = List.copyOf(recent);
    }

    public static DrawdownCurve empty() {
        return EMPTY;
    }

    public DrawdownCurve add(Instant closedAt, BigDecimal pnl) {
        LocalDate day = TradingDay.of(closedAt);
        if (!recent.isEmpty() && day.isBefore(oldestKeptDay(newestDay()))) {
            return new DrawdownCurve(settled.then(pnl), recent, lateTrades + 1);
        }
        List<Point> points = new ArrayList<>(recent);
        int at = points.size();
        while (at > 0 && points.get(at - 1).closedAt().isAfter(closedAt)) {
            at--;
        }
        points.add(at, new Point(closedAt, pnl));
        LocalDate oldestKept = oldestKeptDay(TradingDay.of(points.get(points.size() - 1).closedAt()));
        DrawdownSegment history = settled;
        while (TradingDay.of(points.get(0).closedAt()).isBefore(oldestKept)) {
            history = history.then(points.remove(0).pnl());
        }
        return new DrawdownCurve(history, points, lateTrades);
    }

    /** The whole history as one segment: the settled part followed by the kept days. */
    public DrawdownSegment segment() {
        DrawdownSegment all = settled;
        for (Point point : recent) {
            all = all.then(point.pnl());
        }
        return all;
    }

    public BigDecimal maxDrawdown() {
        return segment().worst();
    }

    private LocalDate newestDay() {
        return TradingDay.of(recent.get(recent.size() - 1).closedAt());
    }

    private static LocalDate oldestKeptDay(LocalDate newest) {
        return newest.minusDays(DAYS_KEPT - 1L);
    }
}
