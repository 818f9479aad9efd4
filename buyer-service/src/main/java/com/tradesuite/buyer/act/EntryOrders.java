package com.tradesuite.buyer.act;

import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** Translates an entry intent into exactly the bracket request it announces: same id, qty, prices and legs. */
public final class EntryOrders {

    private EntryOrders() {
    }

    /**
     * The bracket entry for the intent.
     *
     * @throws com.tradesuite.broker.request.InvalidOrderRequestException when the broker would refuse it (legs on the
     *     wrong side of the entry, bad time in force, ...)
     */
    public static OrderRequest bracket(String symbol, OrderIntentRecorded intent) {
        OrderSide side = intent.side() == Side.BUY ? OrderSide.BUY : OrderSide.SELL;
        BracketEntry entry = BracketEntry.of(symbol, side, intent.qty());
        if (intent.orderType() == OrderType.LIMIT) {
            entry.limit(intent.limitPrice());
        } else {
            entry.market();
        }
        return entry.takeProfit(intent.takeProfitPrice())
                .stopLoss(intent.stopLossPrice())
                .timeInForce(TimeInForce.fromWire(intent.timeInForce()))
                .clientOrderId(intent.clientOrderId())
                .build();
    }
}
