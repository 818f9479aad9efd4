package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.order.ExchangeRejection;
import com.tradesuite.paperexchange.order.OrderSnapshot;

/** One entry of DELETE /v2/positions: the closing order, or why the position could not be closed. */
public record ClosePositionResult(String symbol, OrderSnapshot order, ExchangeRejection rejection) {
}
