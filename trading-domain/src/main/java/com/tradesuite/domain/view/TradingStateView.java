package com.tradesuite.domain.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.TradingState;

/**
 * The positions, open orders and cooldowns of a {@link TradingState} as plain rows in a fixed order, so two views of
 * the same state are equal and serialise to the same JSON whatever order the fold kept them in.
 *
 * @param positions open positions, by symbol
 * @param openOrders live or in-flight orders, by symbol, then client order id (not by age: when a fold learns of an
 *                   order can depend on how the topics interleave, which a restart may change)
 * @param cooldowns symbol -> end of its cooldown, by symbol
 * @param realisedPnlToday realised P&L of the New York trading day at the view's market time; null without one
 */
public record TradingStateView(List<PositionRow> positions, List<OrderRow> openOrders, Map<String, Instant> cooldowns,
                               BigDecimal realisedPnlToday) {

    private static final Comparator<OrderRow> ORDER_ROWS = Comparator.comparing(OrderRow::symbol)
            .thenComparing(OrderRow::clientOrderId);

    public TradingStateView {
        positions = List.copyOf(positions);
        openOrders = List.copyOf(openOrders);
        cooldowns = Collections.unmodifiableMap(new TreeMap<>(cooldowns));
    }

    /** Every cooldown the fold holds, with its end; no daily P&L (no market time to pick the day). */
    public static TradingStateView of(TradingState state) {
        return new TradingStateView(positions(state), openOrders(state), state.cooldowns().untilBySymbol(), null);
    }

    /**
     * As at market time {@code now}: only the cooldowns still running and the realised P&L of that New York day;
     * with {@code now} null (no bar seen yet) the same as {@link #of}.
     */
    public static TradingStateView at(TradingState state, Instant now) {
        if (now == null) {
            return of(state);
        }
        Map<String, Instant> running = new TreeMap<>();
        state.cooldowns().untilBySymbol().forEach((symbol, until) -> {
            if (now.isBefore(until)) {
                running.put(symbol, until);
            }
        });
        return new TradingStateView(positions(state), openOrders(state), running, state.dailyPnl().on(now));
    }

    /** True when the view holds no position, order or cooldown: nothing a restart could lose. */
    public boolean holdsNothing() {
        return positions.isEmpty() && openOrders.isEmpty() && cooldowns.isEmpty();
    }

    private static List<PositionRow> positions(TradingState state) {
        return state.positions().openPositions().stream().map(PositionRow::of)
                .sorted(Comparator.comparing(PositionRow::symbol)).toList();
    }

    private static List<OrderRow> openOrders(TradingState state) {
        return state.orders().openOrders().stream().map(OrderRow::of).sorted(ORDER_ROWS).toList();
    }
}
