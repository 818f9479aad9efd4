package com.tradesuite.broker.ws;

import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.request.OrderQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches the REST view of every order that may have changed while the stream was down: orders submitted
 * since the last event (status=all, nested, ascending, all pages) plus every order last seen open, since
 * Alpaca's {@code after} filters by submission time and would miss an old stop that filled meanwhile.
 */
final class OrderCatchUp {

    private final TradingClient trading;
    private final Duration overlap;

    OrderCatchUp(TradingClient trading, Duration overlap) {
        this.trading = trading;
        this.overlap = overlap;
    }

    /** Orders (legs flattened) oldest change first. */
    List<Order> changedSince(Instant since, List<String> openOrderIds) {
        Map<String, Order> byId = new LinkedHashMap<>();
        OrderQuery query = OrderQuery.all().withAfter(since == null ? null : since.minus(overlap));
        trading.listAllOrders(query).forEach(order -> addWithLegs(order, byId));
        for (String id : openOrderIds) {
            if (!byId.containsKey(id)) {
                try {
                    addWithLegs(trading.getOrder(id), byId);
                } catch (NotFoundException gone) {
                    // Nothing to report for an order the broker no longer knows.
                }
            }
        }
        List<Order> orders = new ArrayList<>(byId.values());
        orders.sort(Comparator.comparing(OrderCatchUp::changedAt));
        return orders;
    }

    private static void addWithLegs(Order order, Map<String, Order> byId) {
        byId.put(order.id(), order);
        order.legs().forEach(leg -> addWithLegs(leg, byId));
    }

    private static Instant changedAt(Order order) {
        Instant at = order.lastChangedAt();
        return at == null ? Instant.EPOCH : at;
    }
}
