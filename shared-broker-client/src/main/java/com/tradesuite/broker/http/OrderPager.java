package com.tradesuite.broker.http;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.request.OrderQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Walks GET /v2/orders page by page. Alpaca pages by time window: ascending moves {@code after} to the last
 * order's submitted_at, descending moves {@code until}. Boundaries overlap by one microsecond and ids are
 * de-duplicated, so orders sharing a timestamp across a page edge are not lost.
 */
final class OrderPager {

    private static final int MAX_PAGES = 10_000;

    private final Function<OrderQuery, List<Order>> fetchPage;

    OrderPager(Function<OrderQuery, List<Order>> fetchPage) {
        this.fetchPage = fetchPage;
    }

    List<Order> all(OrderQuery query) {
        Map<String, Order> byId = new LinkedHashMap<>();
        OrderQuery page = query;
        for (int i = 0; i < MAX_PAGES; i++) {
            List<Order> orders = fetchPage.apply(page);
            int before = byId.size();
            orders.forEach(o -> byId.putIfAbsent(o.id(), o));
            boolean lastPage = orders.size() < page.limit();
            boolean noProgress = byId.size() == before;
            if (lastPage || noProgress) {
                break;
            }
            Instant edge = submittedAt(orders.get(orders.size() - 1));
            if (edge == null) {
                break;
            }
            page = page.ascending() ? page.withAfter(edge.minusNanos(1_000)) : page.withUntil(edge.plusNanos(1_000));
        }
        return new ArrayList<>(byId.values());
    }

    private static Instant submittedAt(Order order) {
        return order.submittedAt() != null ? order.submittedAt() : order.createdAt();
    }
}
