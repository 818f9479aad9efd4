package com.tradesuite.paperexchange.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An immutable copy of an order at one moment: what the API returns and what trade updates carry. */
public record OrderSnapshot(
        String id,
        String clientOrderId,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant filledAt,
        Instant expiredAt,
        Instant canceledAt,
        Instant failedAt,
        Instant replacedAt,
        String replacedBy,
        String replaces,
        String assetId,
        String symbol,
        BigDecimal qty,
        BigDecimal filledQty,
        BigDecimal filledAvgPrice,
        OrderClass orderClass,
        OrderType type,
        OrderSide side,
        TimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trailPrice,
        BigDecimal trailPercent,
        BigDecimal hwm,
        OrderStatus status,
        boolean extendedHours,
        String parentId,
        LegRole role,
        List<OrderSnapshot> legs) {
}
