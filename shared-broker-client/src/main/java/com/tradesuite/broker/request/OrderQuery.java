package com.tradesuite.broker.request;

import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatusFilter;
import java.time.Instant;
import java.util.List;

/** Filters of GET /v2/orders (status, nested, symbols, time window, direction); limit is capped at 500. */
public record OrderQuery(
        OrderStatusFilter status,
        int limit,
        Instant after,
        Instant until,
        boolean ascending,
        boolean nested,
        List<String> symbols,
        OrderSide side) {

    /** Alpaca's maximum page size. */
    public static final int MAX_LIMIT = 500;

    public OrderQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
        status = status == null ? OrderStatusFilter.OPEN : status;
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
    }

    /** Open orders, nested, newest first, one full page. */
    public static OrderQuery open() {
        return new OrderQuery(OrderStatusFilter.OPEN, MAX_LIMIT, null, null, false, true, List.of(), null);
    }

    /** All orders, nested, oldest first: the catch-up shape. */
    public static OrderQuery all() {
        return new OrderQuery(OrderStatusFilter.ALL, MAX_LIMIT, null, null, true, true, List.of(), null);
    }

    public OrderQuery withStatus(OrderStatusFilter value) {
        return new OrderQuery(value, limit, after, until, ascending, nested, symbols, side);
    }

    public OrderQuery withLimit(int value) {
        return new OrderQuery(status, value, after, until, ascending, nested, symbols, side);
    }

    public OrderQuery withAfter(Instant value) {
        return new OrderQuery(status, limit, value, until, ascending, nested, symbols, side);
    }

    public OrderQuery withUntil(Instant value) {
        return new OrderQuery(status, limit, after, value, ascending, nested, symbols, side);
    }

    public OrderQuery withAscending(boolean value) {
        return new OrderQuery(status, limit, after, until, value, nested, symbols, side);
    }

    public OrderQuery withNested(boolean value) {
        return new OrderQuery(status, limit, after, until, ascending, value, symbols, side);
    }

    public OrderQuery withSymbols(List<String> value) {
        return new OrderQuery(status, limit, after, until, ascending, nested, value, side);
    }

    public OrderQuery withSide(OrderSide value) {
        return new OrderQuery(status, limit, after, until, ascending, nested, symbols, value);
    }
}
