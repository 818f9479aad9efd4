package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** The stop-loss leg of a bracket/OCO/OTO: a stop price and an optional limit, rounded to the sub-penny rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {

    public StopLoss {
        stopPrice = PriceRounding.nearestOrNull(Checks.positive(stopPrice, "stop_loss.stop_price"));
        limitPrice = PriceRounding.nearestOrNull(limitPrice);
    }

    public static StopLoss stop(BigDecimal stopPrice) {
        return new StopLoss(stopPrice, null);
    }

    public static StopLoss stopLimit(BigDecimal stopPrice, BigDecimal limitPrice) {
        return new StopLoss(stopPrice, Checks.positive(limitPrice, "stop_loss.limit_price"));
    }
}
