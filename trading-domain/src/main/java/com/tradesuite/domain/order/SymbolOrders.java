package com.tradesuite.domain.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * One symbol's orders seen from its position: which exits are active at the broker (bracket legs only once their
 * entry filled completely), how they group (one bracket or one OCO is one exit), and what still fills the entry.
 */
public final class SymbolOrders {

    private final OrderBook book;
    private final String symbol;
    private final List<TrackedOrder> open;

    private SymbolOrders(OrderBook book, String symbol) {
        this.book = book;
        this.symbol = symbol;
        this.open = book.openOrders(symbol);
    }

    public static SymbolOrders of(OrderBook book, String symbol) {
        return new SymbolOrders(book, symbol);
    }

    /** Exit orders live at the broker and armed: they hold shares or will trigger. */
    public List<TrackedOrder> activeExits() {
        return open.stream().filter(order -> order.role().isExit() && order.status().isLive() && isArmed(order))
                .toList();
    }

    /** Active exits grouped so that one bracket's legs or one OCO pair form a single exit. */
    public Map<String, List<TrackedOrder>> activeExitGroups() {
        Map<String, List<TrackedOrder>> groups = new LinkedHashMap<>();
        for (TrackedOrder order : activeExits()) {
            groups.computeIfAbsent(groupKey(order), key -> new ArrayList<>()).add(order);
        }
        return groups;
    }

    /**
     * Quantity covered by active stops. A live OCO take-profit counts with its stop leg even before that leg's
     * own acceptance is folded: at the broker an OCO's two orders exist together, and the account watcher writes
     * them as two events, so a check between them must not see the OCO as a bare take-profit.
     */
    public BigDecimal activeStopQty() {
        List<TrackedOrder> exits = activeExits();
        BigDecimal stops = exits.stream().filter(order -> order.role().isStop())
                .map(TrackedOrder::remainingQty).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ocoStopsNotYetSeen = exits.stream()
                .filter(order -> order.role() == OrderRole.OCO_TAKE_PROFIT && order.brokerOrderId() != null)
                .filter(parent -> exits.stream().noneMatch(leg -> parent.brokerOrderId().equals(leg.parentOrderId())))
                .map(TrackedOrder::remainingQty).reduce(BigDecimal.ZERO, BigDecimal::add);
        return stops.add(ocoStopsNotYetSeen);
    }

    /** Entries accepted by the broker and still filling. */
    public List<TrackedOrder> workingEntries() {
        return open.stream().filter(order -> order.role() == OrderRole.ENTRY && order.status().isLive()).toList();
    }

    /** Every live exit order, armed or not: all of them must go before the shares are free for another sell. */
    public List<TrackedOrder> liveExits() {
        return open.stream().filter(order -> order.role().isExit() && order.status().isLive()).toList();
    }

    public List<TrackedOrder> inFlight() {
        return book.inFlight(symbol);
    }

    /** The highest stop price among active stops: a stop that was trailed up must not be loosened by a new one. */
    public Optional<BigDecimal> highestActiveStop() {
        return activeExits().stream().filter(order -> order.role().isStop() && order.stopPrice() != null)
                .map(TrackedOrder::stopPrice).max(BigDecimal::compareTo);
    }

    /** How many intents of this purpose the symbol recorded since {@code since}: the next attempt's number. */
    public int intentsSince(OrderPurpose purpose, Instant since) {
        return book.intentsSince(symbol, purpose, since);
    }

    private boolean isArmed(TrackedOrder order) {
        if (!order.role().isBracketLeg()) {
            return true;
        }
        // Bracket legs activate only when the entry is completely filled.
        return book.parentOf(order).map(parent -> parent.status() == OrderStatus.FILLED
                || parent.orderClass() != OrderClass.BRACKET).orElse(true);
    }

    private static String groupKey(TrackedOrder order) {
        if (order.parentOrderId() != null) {
            return order.parentOrderId();
        }
        return order.brokerOrderId() != null ? order.brokerOrderId() : order.clientOrderId();
    }
}
