package com.tradesuite.schemas.event;

import java.math.BigDecimal;

/** A replace (PATCH) is about to be sent for a broker order, e.g. to raise a trailing stop. */
public record OrderReplaceRequested(String brokerOrderId, String newClientOrderId, OrderPurpose purpose,
                                    BigDecimal qty, BigDecimal limitPrice, BigDecimal stopPrice, String reason)
        implements OrderEvent {
    public OrderReplaceRequested {
        Require.text(brokerOrderId, "brokerOrderId");
        Require.text(newClientOrderId, "newClientOrderId");
        Require.present(purpose, "purpose");
        Require.positiveOrNull(qty, "qty");
        Require.positiveOrNull(limitPrice, "limitPrice");
        Require.positiveOrNull(stopPrice, "stopPrice");
        Require.text(reason, "reason");
    }
}
