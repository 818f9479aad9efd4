package com.tradesuite.paperexchange.order;

import java.math.BigDecimal;

/** A PATCH /v2/orders/{id} body; null fields keep the old order's value. */
public record ReplaceRequest(BigDecimal qty, String timeInForce, BigDecimal limitPrice, BigDecimal stopPrice,
                             BigDecimal trail, String clientOrderId) {
}
