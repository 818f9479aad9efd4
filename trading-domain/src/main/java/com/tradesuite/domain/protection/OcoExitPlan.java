package com.tradesuite.domain.protection;

import java.math.BigDecimal;

import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** Protection of an existing position is one OCO exit: a take-profit limit plus a stop, both for the full quantity. */
public record OcoExitPlan(String clientOrderId, BigDecimal qty, BigDecimal takeProfitLimit, BigDecimal stopPrice,
                          String reason) {

    /** The intent to write to {@code orders} before the broker call. */
    public OrderIntentRecorded toIntent() {
        return new OrderIntentRecorded(clientOrderId, OrderPurpose.REPROTECT, Side.SELL, OrderType.LIMIT,
                OrderClass.OCO, qty, takeProfitLimit, null, takeProfitLimit, stopPrice, "gtc", reason);
    }
}
