package com.tradesuite.localstack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.order.LegRole;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.paperexchange.order.OrderType;

/**
 * Watches the exchange's own truth after every trade update: how long each position was without a live stop for
 * its full quantity, whether two independent exit orders were ever live for one position, and every execution.
 * Real time is measured, since protection is about how fast the suite reacts.
 */
final class ExchangeWatcher {

    private static final Set<OrderStatus> LIVE = EnumSet.of(OrderStatus.NEW, OrderStatus.ACCEPTED,
            OrderStatus.PENDING_NEW, OrderStatus.HELD, OrderStatus.PARTIALLY_FILLED, OrderStatus.PENDING_REPLACE,
            OrderStatus.PENDING_CANCEL);
    private static final Set<OrderType> STOPS = EnumSet.of(OrderType.STOP, OrderType.STOP_LIMIT,
            OrderType.TRAILING_STOP);

    private final PaperExchangeServer exchange;
    private final Map<String, Long> unprotectedSince = new HashMap<>();
    private final Map<String, Long> conflictingSince = new HashMap<>();
    private final List<String> protectionGaps = new CopyOnWriteArrayList<>();
    private final List<Gap> closedGaps = new CopyOnWriteArrayList<>();
    private final List<String> conflicts = new CopyOnWriteArrayList<>();
    private final List<TradeUpdate> executions = new CopyOnWriteArrayList<>();
    private volatile long longestGapMillis;
    private volatile long longestConflictMillis;

    ExchangeWatcher(PaperExchangeServer exchange) {
        this.exchange = exchange;
        exchange.engine().addListener(this::onUpdate);
    }

    /** Every execution the exchange reported, in order. */
    List<TradeUpdate> executions() {
        return List.copyOf(executions);
    }

    long longestUnprotectedMillis() {
        return Math.max(longestGapMillis, openIntervalMillis(unprotectedSince));
    }

    long longestConflictingExitsMillis() {
        return Math.max(longestConflictMillis, openIntervalMillis(conflictingSince));
    }

    List<String> protectionGaps() {
        return List.copyOf(protectionGaps);
    }

    /** The symbol's closed protection gaps: how long (real time) its position had no live stop for its quantity. */
    List<Gap> gapsOf(String symbol) {
        return closedGaps.stream().filter(gap -> gap.symbol().equals(symbol)).toList();
    }

    List<String> conflicts() {
        return List.copyOf(conflicts);
    }

    /** The symbols whose position has no live stop for its full quantity right now (checked at the call). */
    Set<String> unprotectedNow() {
        check();
        synchronized (this) {
            return Set.copyOf(unprotectedSince.keySet());
        }
    }

    /** Re-checks now, e.g. at the end of a session when no update may come. */
    void check() {
        // Same lock order as a trade update: the engine's first, then ours.
        synchronized (exchange.engine()) {
            synchronized (this) {
                evaluate(System.nanoTime());
            }
        }
    }

    private synchronized void onUpdate(TradeUpdate update) {
        if (update.isExecution()) {
            executions.add(update);
        }
        evaluate(System.nanoTime());
    }

    private void evaluate(long now) {
        Map<String, BigDecimal> positions = new HashMap<>();
        for (PositionView position : exchange.engine().positions()) {
            positions.put(position.symbol(), position.qty());
        }
        List<OrderSnapshot> open = openOrders();
        Set<String> symbols = new HashSet<>(positions.keySet());
        symbols.addAll(unprotectedSince.keySet());
        symbols.addAll(conflictingSince.keySet());
        for (String symbol : symbols) {
            BigDecimal qty = positions.getOrDefault(symbol, BigDecimal.ZERO);
            BigDecimal stopQty = BigDecimal.ZERO;
            Set<String> exitGroups = new HashSet<>();
            for (OrderSnapshot order : open) {
                if (!order.symbol().equals(symbol) || order.side() != OrderSide.SELL) {
                    continue;
                }
                // Legs of one bracket/OCO are one exit; independent sell orders are separate exits.
                exitGroups.add(order.parentId() != null ? order.parentId() : order.id());
                // A bracket's stop leg is inert while its entry is still filling: the exchange matches it only once
                // the entry has completely filled, so it protects nothing yet.
                if (STOPS.contains(order.type()) && !waitsForEntry(order)) {
                    stopQty = stopQty.add(order.qty().subtract(nullToZero(order.filledQty())));
                }
            }
            boolean protectedNow = qty.signum() <= 0 || stopQty.compareTo(qty) >= 0;
            track(symbol, !protectedNow, now, unprotectedSince, protectionGaps, true,
                    "qty " + qty + " stop qty " + stopQty);
            track(symbol, qty.signum() > 0 && exitGroups.size() > 1, now, conflictingSince, conflicts, false,
                    "exit groups " + exitGroups);
        }
    }

    private void track(String symbol, boolean bad, long now, Map<String, Long> since, List<String> log,
                       boolean protection, String detail) {
        if (bad) {
            since.putIfAbsent(symbol, now);
            return;
        }
        Long started = since.remove(symbol);
        if (started != null) {
            long millis = (now - started) / 1_000_000;
            log.add(symbol + " " + millis + " ms at " + exchange.now() + " (" + detail + ")");
            if (protection) {
                closedGaps.add(new Gap(symbol, millis, exchange.now(), detail));
                longestGapMillis = Math.max(longestGapMillis, millis);
            } else {
                longestConflictMillis = Math.max(longestConflictMillis, millis);
            }
        }
    }

    /** The exchange's own rule (OrderBook.waitsForEntry): a leg of an entry not completely filled does not trigger. */
    private boolean waitsForEntry(OrderSnapshot order) {
        if (order.parentId() == null) {
            return false;
        }
        OrderSnapshot parent = exchange.engine().order(order.parentId(), false);
        return parent.role() == LegRole.ENTRY && parent.status() != OrderStatus.FILLED;
    }

    private List<OrderSnapshot> openOrders() {
        List<OrderSnapshot> flat = new ArrayList<>();
        for (OrderSnapshot order : exchange.engine().orders(
                new OrderQuery("open", 500, null, null, false, false, Set.of(), null))) {
            collect(order, flat);
        }
        return flat.stream().filter(order -> LIVE.contains(order.status())).toList();
    }

    private static void collect(OrderSnapshot order, List<OrderSnapshot> into) {
        into.add(order);
        if (order.legs() != null) {
            order.legs().forEach(leg -> collect(leg, into));
        }
    }

    private synchronized long openIntervalMillis(Map<String, Long> since) {
        long now = System.nanoTime();
        return since.values().stream().mapToLong(start -> (now - start) / 1_000_000).max().orElse(0);
    }

    /** A closed gap: the symbol's position was without a live stop for its full quantity for {@code millis}. */
    record Gap(String symbol, long millis, Instant closedAt, String detail) {
    }

    private static BigDecimal nullToZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
