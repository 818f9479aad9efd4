package com.tradesuite.broker.request;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import java.math.BigDecimal;

/**
 * Builds a bracket ENTRY: the only way to get take_profit + stop_loss legs on an entry, and it always sends
 * {@code order_class: "bracket"} with both legs (the seed bug sent legs without the class and got a plain order).
 */
public final class BracketEntry extends EntryWithLegs<BracketEntry> {

    private BracketEntry(String symbol, OrderSide side, BigDecimal qty) {
        super(OrderClass.BRACKET, symbol, side, qty);
    }

    /** Starts a bracket entry; the side is the entry side (buy opens a long). */
    public static BracketEntry of(String symbol, OrderSide side, BigDecimal qty) {
        return new BracketEntry(symbol, side, qty);
    }

    @Override
    void checkLegs(OrderSide exitSide, TakeProfit takeProfit, StopLoss stopLoss) {
        Checks.required(takeProfit, "take_profit (a bracket needs both legs)");
        Checks.required(stopLoss, "stop_loss (a bracket needs both legs)");
        LegRules.takeProfitBeyondStop(exitSide, takeProfit, stopLoss);
    }
}
