package com.tradesuite.domain.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * One order as folded from {@code orders} and {@code fills}: identity, role, prices, quantities and its state.
 *
 * @param brokerOrderId null until the broker accepted it
 * @param parentOrderId the broker id of the parent for a bracket or OCO leg, else null
 * @param purpose why it was placed (from its intent, or inherited by a leg from its parent); null if placed outside
 *                the suite
 * @param brokerStatus the broker's last reported status (new, held, ...), null before acceptance
 * @param inFlightSince when the pending intent, cancel or replace was recorded; null when nothing is in flight
 * @param requestPurpose the purpose of the pending cancel or replace request, else null
 * @param replacementClientOrderId the client order id a pending replace will give the new order, else null
 */
public record TrackedOrder(String symbol, String clientOrderId, String brokerOrderId, String parentOrderId,
                           OrderPurpose purpose, OrderRole role, Side side, OrderType orderType,
                           OrderClass orderClass, BigDecimal qty, BigDecimal filledQty, BigDecimal limitPrice,
                           BigDecimal stopPrice, BigDecimal takeProfitPrice, BigDecimal stopLossPrice,
                           OrderStatus status, String brokerStatus, String reason, Instant createdAt,
                           Instant inFlightSince, OrderPurpose requestPurpose, String replacementClientOrderId,
                           Set<String> executionIds) implements Serializable {

    public TrackedOrder {
        executionIds = Set.copyOf(executionIds);
    }

    /** Quantity still able to fill. */
    public BigDecimal remainingQty() {
        return qty.subtract(filledQty).max(BigDecimal.ZERO);
    }

    public boolean isLeg() {
        return parentOrderId != null;
    }

    /** The layer this order acts for: its (pending request's) purpose; bracket legs placed with the entry are layer 1. */
    public ExitLayer layer() {
        OrderPurpose acting = requestPurpose != null ? requestPurpose : purpose;
        if (role.isBracketLeg() && (acting == null || acting == OrderPurpose.ENTRY)) {
            return ExitLayer.EXCHANGE_BRACKET;
        }
        return acting == null ? ExitLayer.ENTRY : acting.layer();
    }

    TrackedOrder moveTo(OrderStatus next, Instant at) {
        Instant since = next.isInFlight() ? (next == status ? inFlightSince : at) : null;
        OrderPurpose pendingPurpose = next.isInFlight() && next != OrderStatus.INTENT_RECORDED ? requestPurpose : null;
        String replacement = next == OrderStatus.PENDING_REPLACE ? replacementClientOrderId : null;
        return new TrackedOrder(symbol, clientOrderId, brokerOrderId, parentOrderId, purpose, role, side, orderType,
                orderClass, qty, filledQty, limitPrice, stopPrice, takeProfitPrice, stopLossPrice, next,
                brokerStatus, reason, createdAt, since, pendingPurpose, replacement, executionIds);
    }

    TrackedOrder withRequest(OrderPurpose request, String replacement) {
        return new TrackedOrder(symbol, clientOrderId, brokerOrderId, parentOrderId, purpose, role, side, orderType,
                orderClass, qty, filledQty, limitPrice, stopPrice, takeProfitPrice, stopLossPrice, status,
                brokerStatus, reason, createdAt, inFlightSince, request, replacement, executionIds);
    }

    TrackedOrder accepted(String brokerId, String parentId, OrderRole newRole, OrderClass newClass, BigDecimal newQty,
                          BigDecimal newLimit, BigDecimal newStop, String newBrokerStatus) {
        return new TrackedOrder(symbol, clientOrderId, brokerId, parentId, purpose, newRole, side, orderType,
                newClass, newQty, filledQty, newLimit == null ? limitPrice : newLimit,
                newStop == null ? stopPrice : newStop, takeProfitPrice, stopLossPrice, status, newBrokerStatus,
                reason, createdAt, inFlightSince, requestPurpose, replacementClientOrderId, executionIds);
    }

    TrackedOrder filled(String executionId, BigDecimal cumulativeQty, String brokerId) {
        Set<String> seen = new HashSet<>(executionIds);
        seen.add(executionId);
        return new TrackedOrder(symbol, clientOrderId, brokerOrderId == null ? brokerId : brokerOrderId, parentOrderId, purpose, role, side, orderType,
                orderClass, qty, filledQty.max(cumulativeQty), limitPrice, stopPrice, takeProfitPrice, stopLossPrice,
                status, brokerStatus, reason, createdAt, inFlightSince, requestPurpose, replacementClientOrderId, seen);
    }

    /** This order's identity and prices with the status, fills and executions {@code known} already reached. */
    TrackedOrder withProgressOf(TrackedOrder known) {
        return new TrackedOrder(symbol, clientOrderId, brokerOrderId, parentOrderId, purpose, role, side, orderType,
                orderClass, qty, known.filledQty, limitPrice, stopPrice, takeProfitPrice, stopLossPrice,
                known.status, known.brokerStatus != null ? known.brokerStatus : brokerStatus, reason,
                known.createdAt, known.inFlightSince, known.requestPurpose, known.replacementClientOrderId,
                known.executionIds);
    }

    /** The order that takes this one's place after a broker replace: same role and group, new ids and prices. */
    TrackedOrder replacement(String newBrokerId, String newClientId, BigDecimal newQty, BigDecimal newLimit,
                             BigDecimal newStop, Instant at) {
        OrderPurpose newPurpose = requestPurpose != null ? requestPurpose : purpose;
        return new TrackedOrder(symbol, newClientId, newBrokerId, parentOrderId, newPurpose, role, side, orderType,
                orderClass, newQty == null ? remainingQty() : newQty, BigDecimal.ZERO,
                newLimit == null ? limitPrice : newLimit, newStop == null ? stopPrice : newStop, takeProfitPrice,
                stopLossPrice, OrderStatus.ACCEPTED, brokerStatus, reason, at, null, null, null, Set.of());
    }
}
