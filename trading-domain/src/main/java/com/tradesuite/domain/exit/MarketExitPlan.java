package com.tradesuite.domain.exit;

import java.math.BigDecimal;
import java.util.List;

import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * Leave the position at market: first cancel the orders that hold its shares (else the broker refuses the sale with
 * "insufficient qty available"), then sell the whole quantity.
 */
public record MarketExitPlan(List<String> cancelBrokerOrderIds, String clientOrderId, OrderPurpose purpose,
                             BigDecimal qty, String reason) {

    public MarketExitPlan {
        cancelBrokerOrderIds = List.copyOf(cancelBrokerOrderIds);
    }

    /** The intent to write to {@code orders} once the cancels are confirmed, before the broker call. */
    public OrderIntentRecorded toIntent() {
        return new OrderIntentRecorded(clientOrderId, purpose, Side.SELL, OrderType.MARKET, OrderClass.SIMPLE, qty,
                null, null, null, null, "day", reason);
    }
}
