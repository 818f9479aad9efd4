package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/**
 * An order is about to be sent to the broker; written BEFORE the call so every layer sees the intent in flight
 * and a restarted writer never sends it twice (the broker rejects the reused {@code clientOrderId}).
 *
 * @param takeProfitPrice the take-profit limit of a bracket or OCO; of a {@code PARTIAL_PROFIT} market sale, the
 *                        take-profit its plan keeps; else null
 * @param stopLossPrice the stop of a bracket or OCO stop-loss leg; of a {@code PARTIAL_PROFIT} market sale, the stop
 *                      its plan restores if the sale fails (so whoever takes the plan over can roll it back); else null
 */
public record OrderIntentRecorded(String clientOrderId, OrderPurpose purpose, Side side, OrderType orderType,
                                  OrderClass orderClass, BigDecimal qty, BigDecimal limitPrice, BigDecimal stopPrice,
                                  BigDecimal takeProfitPrice, BigDecimal stopLossPrice, String timeInForce,
                                  String reason) implements OrderEvent {
    public OrderIntentRecorded {
        Require.text(clientOrderId, "clientOrderId");
        Require.present(purpose, "purpose");
        Require.present(side, "side");
        Require.present(orderType, "orderType");
        Require.present(orderClass, "orderClass");
        Require.positive(qty, "qty");
        Require.positiveOrNull(limitPrice, "limitPrice");
        Require.positiveOrNull(stopPrice, "stopPrice");
        Require.positiveOrNull(takeProfitPrice, "takeProfitPrice");
        Require.positiveOrNull(stopLossPrice, "stopLossPrice");
        Require.text(timeInForce, "timeInForce");
        if ((orderClass == OrderClass.BRACKET || orderClass == OrderClass.OCO)
                && (takeProfitPrice == null || stopLossPrice == null)) {
            throw new IllegalArgumentException(orderClass.wire() + " orders need both takeProfitPrice and stopLossPrice");
        }
    }
}
