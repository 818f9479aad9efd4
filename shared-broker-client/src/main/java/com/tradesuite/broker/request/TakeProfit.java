package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import java.math.BigDecimal;

/** The take-profit leg of a bracket/OCO/OTO: a limit price, already rounded to the sub-penny rule. */
public record TakeProfit(BigDecimal limitPrice) {

    public TakeProfit {
        limitPrice = PriceRounding.nearestOrNull(Checks.positive(limitPrice, "take_profit.limit_price"));
    }
}
