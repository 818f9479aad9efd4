package com.tradesuite.ops.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.domain.position.Position;

/** Renders the replayed state (positions, open orders, cooldowns, realised P&L) as fixed-width text tables. */
public final class StateTable {

    private StateTable() {
    }

    /** @param asOf the time cooldowns are judged at: the last replayed event's time (or --until) */
    public static String render(TradingState state, Instant asOf) {
        StringBuilder out = new StringBuilder();
        positions(out, state.positions().openPositions());
        out.append('\n');
        orders(out, openOrders(state));
        out.append('\n');
        cooldowns(out, state.cooldowns().untilBySymbol(), asOf);
        out.append('\n');
        BigDecimal realised = state.positions().bySymbol().values().stream().map(Position::realizedPnl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        out.append("REALIZED P&L (all symbols): ").append(money(realised)).append('\n');
        return out.toString();
    }

    static List<TrackedOrder> openOrders(TradingState state) {
        return state.orders().openOrders();
    }

    private static void positions(StringBuilder out, List<Position> open) {
        out.append("OPEN POSITIONS (").append(open.size()).append(")\n");
        out.append(String.format("%-8s %10s %12s %10s %10s %12s  %s%n", "SYMBOL", "QTY", "AVG ENTRY", "STOP",
                "TARGET", "REALIZED", "OPENED"));
        for (Position p : open) {
            out.append(String.format("%-8s %10s %12s %10s %10s %12s  %s%n", p.symbol(), plain(p.qty()),
                    price(p.avgEntryPrice()), price(p.initialStopPrice()), price(p.takeProfitPrice()),
                    money(p.realizedPnl()), p.openedAt() == null ? "-" : p.openedAt()));
        }
    }

    private static void orders(StringBuilder out, List<TrackedOrder> open) {
        out.append("OPEN ORDERS (").append(open.size()).append(")\n");
        out.append(String.format("%-8s %-5s %-14s %-17s %-16s %9s %9s %10s %10s  %s%n", "SYMBOL", "SIDE", "TYPE",
                "ROLE", "STATUS", "QTY", "FILLED", "LIMIT", "STOP", "CLIENT ORDER ID"));
        for (TrackedOrder o : open) {
            out.append(String.format("%-8s %-5s %-14s %-17s %-16s %9s %9s %10s %10s  %s%n", o.symbol(),
                    o.side().wire(), o.orderType().wire(), o.role(), o.status(), plain(o.qty()),
                    plain(o.filledQty()), price(o.limitPrice()), price(o.stopPrice()), o.clientOrderId()));
        }
    }

    private static void cooldowns(StringBuilder out, Map<String, Instant> untilBySymbol, Instant asOf) {
        Map<String, Instant> sorted = new TreeMap<>(untilBySymbol);
        out.append("COOLDOWNS (").append(sorted.size()).append(", judged at ").append(asOf == null ? "-" : asOf)
                .append(")\n");
        out.append(String.format("%-8s %-22s %s%n", "SYMBOL", "UNTIL", "STATE"));
        sorted.forEach((symbol, until) -> out.append(String.format("%-8s %-22s %s%n", symbol, until,
                asOf != null && asOf.isBefore(until) ? "active" : "ended")));
    }

    static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    static String price(BigDecimal value) {
        return value == null ? "-" : value.setScale(Math.max(2, Math.min(4, value.stripTrailingZeros().scale())),
                RoundingMode.HALF_EVEN).toPlainString();
    }

    static String money(BigDecimal value) {
        return value == null ? "-" : value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
