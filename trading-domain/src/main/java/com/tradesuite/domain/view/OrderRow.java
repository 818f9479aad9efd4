package com.tradesuite.domain.view;

import java.math.BigDecimal;

import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * One open order (live or intent recorded) as {@code GET /state} shows it: identity, role, prices and progress.
 *
 * @param brokerOrderId null until the broker accepted it
 * @param parentOrderId the broker id of the parent of a bracket or OCO leg, else null
 */
public record OrderRow(String clientOrderId, String brokerOrderId, String parentOrderId, String symbol,
                       OrderRole role, OrderPurpose purpose, Side side, OrderType type, OrderStatus status,
                       BigDecimal qty, BigDecimal filledQty, BigDecimal limitPrice, BigDecimal stopPrice) {

    public static OrderRow of(TrackedOrder order) {
        return new OrderRow(order.clientOrderId(), order.brokerOrderId(), order.parentOrderId(), order.symbol(),
                order.role(), order.purpose(), order.side(), order.orderType(), order.status(), order.qty(),
                order.filledQty(), order.limitPrice(), order.stopPrice());
    }
}
