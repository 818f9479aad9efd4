package com.tradesuite.broker.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tradesuite.broker.error.DuplicateClientOrderIdException;
import com.tradesuite.broker.error.NotFoundException;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.model.CalendarDay;
import com.tradesuite.broker.model.CancelResult;
import com.tradesuite.broker.model.MarketClock;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.Position;
import com.tradesuite.broker.request.ClosePosition;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.request.ReplaceOrderRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/** Alpaca Trading API v2: orders, positions, account, clock and calendar. */
public final class TradingClient {

    private final RestTransport transport;
    private final HttpUrl base;
    private final JavaType orderList;
    private final JavaType positionList;
    private final JavaType calendarList;
    private final JavaType cancelList;

    public TradingClient(RestTransport transport, HttpUrl tradingBaseUrl) {
        this.transport = transport;
        this.base = tradingBaseUrl;
        TypeFactory types = transport.mapper().getTypeFactory();
        this.orderList = types.constructCollectionType(List.class, Order.class);
        this.positionList = types.constructCollectionType(List.class, Position.class);
        this.calendarList = types.constructCollectionType(List.class, CalendarDay.class);
        this.cancelList = types.constructCollectionType(List.class, CancelResult.class);
    }

    /**
     * Places an order. If our own retry of this call meets "client_order_id must be unique", the first try
     * reached the broker, so the existing order is returned; a duplicate on the first try is thrown as
     * {@link DuplicateClientOrderIdException} (the intent was already placed by an earlier call).
     */
    public Order submitOrder(OrderRequest request) {
        HttpUrl url = path("v2", "orders").build();
        RestResponse response;
        try {
            response = transport.send("POST", url, request);
        } catch (DuplicateClientOrderIdException duplicate) {
            if (request.clientOrderId() != null && duplicate.attempts() > 1) {
                return getOrderByClientOrderId(request.clientOrderId());
            }
            throw duplicate;
        }
        return transport.read(response.body(), transport.mapper().constructType(Order.class));
    }

    /** PATCH: the broker answers with a NEW order (new id, {@code replaces} = old id). */
    public Order replaceOrder(String orderId, ReplaceOrderRequest request) {
        return transport.call("PATCH", path("v2", "orders", orderId).build(), request.validated(), Order.class);
    }

    /** DELETE one order (204); a 422 means it is no longer cancelable. */
    public void cancelOrder(String orderId) {
        transport.send("DELETE", path("v2", "orders", orderId).build(), null);
    }

    /** DELETE /v2/orders: cancels every open order; the 207 answer lists each order's outcome. */
    public List<CancelResult> cancelAllOrders() {
        RestResponse response = transport.send("DELETE", path("v2", "orders").build(), null);
        return response.body().isBlank() ? List.of() : transport.read(response.body(), cancelList);
    }

    /** One order with its legs nested. */
    public Order getOrder(String orderId) {
        return transport.call("GET", nestedOrder(orderId), null, Order.class);
    }

    /**
     * One order with its legs nested, as the broker's JSON text: for checks that must tell a field the broker left
     * out from its default (the model reads a missing {@code order_class} as simple).
     */
    public String getOrderJson(String orderId) {
        return transport.send("GET", nestedOrder(orderId), null).body();
    }

    private HttpUrl nestedOrder(String orderId) {
        return path("v2", "orders", orderId).addQueryParameter("nested", "true").build();
    }

    public Order getOrderByClientOrderId(String clientOrderId) {
        HttpUrl url = path("v2", "orders:by_client_order_id")
                .addQueryParameter("client_order_id", clientOrderId).build();
        return transport.call("GET", url, null, Order.class);
    }

    /** Empty when the broker has no order with this client order id. */
    public Optional<Order> findOrderByClientOrderId(String clientOrderId) {
        try {
            return Optional.of(getOrderByClientOrderId(clientOrderId));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** One page of orders. */
    public List<Order> listOrders(OrderQuery query) {
        HttpUrl.Builder url = path("v2", "orders")
                .addQueryParameter("status", query.status().wire())
                .addQueryParameter("limit", Integer.toString(query.limit()))
                .addQueryParameter("direction", query.ascending() ? "asc" : "desc")
                .addQueryParameter("nested", Boolean.toString(query.nested()));
        if (query.after() != null) {
            url.addQueryParameter("after", query.after().toString());
        }
        if (query.until() != null) {
            url.addQueryParameter("until", query.until().toString());
        }
        if (!query.symbols().isEmpty()) {
            url.addQueryParameter("symbols", String.join(",", query.symbols()));
        }
        if (query.side() != null) {
            url.addQueryParameter("side", query.side().wire());
        }
        return transport.call("GET", url.build(), null, orderList);
    }

    /** Every page of orders matching the query, walking the submitted_at window. */
    public List<Order> listAllOrders(OrderQuery query) {
        return new OrderPager(this::listOrders).all(query);
    }

    public List<Position> listPositions() {
        return transport.call("GET", path("v2", "positions").build(), null, positionList);
    }

    /** Empty when there is no open position in the symbol (Alpaca answers 404). */
    public Optional<Position> getPosition(String symbol) {
        try {
            return Optional.of(transport.call("GET", path("v2", "positions", symbol).build(), null, Position.class));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }

    /** Closes all or part of a position; returns the closing order. */
    public Order closePosition(String symbol, ClosePosition how) {
        HttpUrl.Builder url = path("v2", "positions", symbol);
        if (how.qty() != null) {
            url.addQueryParameter("qty", how.qty().toPlainString());
        }
        if (how.percentage() != null) {
            url.addQueryParameter("percentage", how.percentage().toPlainString());
        }
        return transport.call("DELETE", url.build(), null, Order.class);
    }

    public Account getAccount() {
        return transport.call("GET", path("v2", "account").build(), null, Account.class);
    }

    public MarketClock getClock() {
        return transport.call("GET", path("v2", "clock").build(), null, MarketClock.class);
    }

    public List<CalendarDay> getCalendar(LocalDate start, LocalDate end) {
        HttpUrl.Builder url = path("v2", "calendar");
        if (start != null) {
            url.addQueryParameter("start", start.toString());
        }
        if (end != null) {
            url.addQueryParameter("end", end.toString());
        }
        return transport.call("GET", url.build(), null, calendarList);
    }

    private HttpUrl.Builder path(String... segments) {
        HttpUrl.Builder builder = base.newBuilder();
        for (String segment : segments) {
            builder.addPathSegment(segment);
        }
        return builder;
    }
}
