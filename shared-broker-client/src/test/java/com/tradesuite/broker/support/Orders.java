package com.tradesuite.broker.support;

import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.model.TradeUpdateEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Compact order and trade-update values for tests. */
public final class Orders {

    private Orders() {
    }

    public static Order order(String id, OrderStatus status, String qty, String filledQty, String avgPrice,
            Instant updatedAt) {
        return new Order(id, "cid-" + id, updatedAt, updatedAt, updatedAt, null, null, null, null, null, null, null,
                null, "NVDA", "us_equity", null, new BigDecimal(qty), new BigDecimal(filledQty),
                avgPrice == null ? null : new BigDecimal(avgPrice), OrderClass.SIMPLE, OrderType.MARKET, OrderSide.BUY,
                TimeInForce.DAY, null, null, status, false, List.of(), null, null, null, null);
    }

    public static TradeUpdate update(TradeUpdateEvent event, String executionId, Order order, String price,
            String qty) {
        return new TradeUpdate(event, executionId, order, price == null ? null : new BigDecimal(price),
                qty == null ? null : new BigDecimal(qty), null, order.updatedAt(), false);
    }
}
