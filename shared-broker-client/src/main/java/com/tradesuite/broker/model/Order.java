package com.tradesuite.broker.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the broker reports it (REST and stream); money and quantities are exact decimals. */
public record Order(
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
        String assetClass,
        BigDecimal notional,
        BigDecimal qty,
        BigDecimal filledQty,
        BigDecimal filledAvgPrice,
        OrderClass orderClass,
        OrderType type,
        OrderSide side,
        TimeInForce timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        OrderStatus status,
        boolean extendedHours,
        List<Order> legs,
        BigDecimal trailPercent,
        BigDecimal trailPrice,
        BigDecimal hwm,
        String positionIntent) {

    public Order {
        legs = legs == null ? List.of() : List.copyOf(legs);
        filledQty = filledQty == null ? BigDecimal.ZERO : filledQty;
    }

    /** The most recent moment the broker says this order changed. */
    public Instant lastChangedAt() {
        if (updatedAt != null) {
            return updatedAt;
        }
        return submittedAt != null ? submittedAt : createdAt;
    }
}
