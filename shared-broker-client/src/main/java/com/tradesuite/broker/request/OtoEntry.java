package com.tradesuite.broker.request;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import java.math.BigDecimal;

/** Builds an OTO entry: an entry that triggers exactly one exit leg (a take-profit or a stop-loss, never both). */
public final class OtoEntry extends EntryWithLegs<OtoEntry> {

    private OtoEntry(String symbol, OrderSide side, BigDecimal qty) {
        super(OrderClass.OTO, symbol, side, qty);
    }

    /** Starts an OTO entry; the side is the entry side. */
    public static OtoEntry of(String symbol, OrderSide side, BigDecimal qty) {
        return new OtoEntry(symbol, side, qty);
    }

    @Override
    void checkLegs(OrderSide exitSide, TakeProfit takeProfit, StopLoss stopLoss) {
        if ((takeProfit == null) == (stopLoss == null)) {
            throw new InvalidOrderRequestException(
                    "an OTO needs exactly one of take_profit or stop_loss (use BracketEntry for both)");
        }
    }
}
