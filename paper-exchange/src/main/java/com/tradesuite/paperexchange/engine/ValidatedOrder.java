package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.order.OrderClass;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.paperexchange.order.TimeInForce;
import java.math.BigDecimal;

/** An order request that passed validation, with parsed enums and the quantity resolved. */
record ValidatedOrder(String symbol, BigDecimal qty, OrderSide side, OrderType type, TimeInForce timeInForce,
                      OrderClass orderClass, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailPrice,
                      BigDecimal trailPercent, boolean extendedHours, String clientOrderId,
                      BigDecimal takeProfitLimitPrice, BigDecimal stopLossStopPrice, BigDecimal stopLossLimitPrice) {
}
