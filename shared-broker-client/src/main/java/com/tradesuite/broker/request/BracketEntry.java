package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/**
 * Builds a bracket ENTRY: the only way to get take_profit + stop_loss legs on an entry, and it always sends
 * {@code order_class: "bracket"} with both legs (the seed bug sent legs without the class and got a plain order).
 */
public final class BracketEntry {

    private final String symbol;
    private final OrderSide side;
    private final BigDecimal qty;
    private BigDecimal entryLimit;
    private TakeProfit takeProfit;
    private StopLoss stopLoss;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private String clientOrderId;

    private BracketEntry(String symbol, OrderSide side, BigDecimal qty) {
        this.symbol = symbol;
        this.side = Checks.required(side, "side");
        this.qty = qty;
    }

    /** Starts a bracket entry; the side is the entry side (buy opens a long). */
    public static BracketEntry of(String symbol, OrderSide side, BigDecimal qty) {
        return new BracketEntry(symbol, side, qty);
    }

    /** Enter at market (the default). */
    public BracketEntry market() {
        this.entryLimit = null;
        return this;
    }

    /** Enter with a limit order at this price. */
    public BracketEntry limit(BigDecimal limitPrice) {
        this.entryLimit = PriceRounding.nearestOrNull(Checks.positive(limitPrice, "limit_price"));
        return this;
    }

    public BracketEntry takeProfit(BigDecimal limitPrice) {
        this.takeProfit = new TakeProfit(limitPrice);
        return this;
    }

    public BracketEntry stopLoss(BigDecimal stopPrice) {
        this.stopLoss = StopLoss.stop(stopPrice);
        return this;
    }

    public BracketEntry stopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
        this.stopLoss = StopLoss.stopLimit(stopPrice, limitPrice);
        return this;
    }

    /** Day or gtc (default gtc, so the protective legs outlive the session). */
    public BracketEntry timeInForce(TimeInForce tif) {
        this.timeInForce = tif;
        return this;
    }

    public BracketEntry clientOrderId(String id) {
        this.clientOrderId = id;
        return this;
    }

    /** Validates both legs against each other and the entry price, then freezes the request. */
    public OrderRequest build() {
        Checks.required(takeProfit, "take_profit (a bracket needs both legs)");
        Checks.required(stopLoss, "stop_loss (a bracket needs both legs)");
        OrderSide exitSide = side.opposite();
        LegRules.takeProfitBeyondStop(exitSide, takeProfit, stopLoss);
        if (entryLimit != null) {
            LegRules.stopAwayFromBase(exitSide, entryLimit, stopLoss);
            LegRules.takeProfitAwayFromBase(exitSide, entryLimit, takeProfit);
        }
        OrderRequest.Fields f = OrderRequest.Fields.simple(
                symbol, side, qty, entryLimit == null ? OrderType.MARKET : OrderType.LIMIT);
        f.limitPrice = entryLimit;
        f.orderClass = OrderClass.BRACKET;
        f.takeProfit = takeProfit;
        f.stopLoss = stopLoss;
        f.timeInForce = LegRules.dayOrGtc(timeInForce, "bracket");
        f.clientOrderId = clientOrderId;
        return OrderRequest.ofLegs(f);
    }
}
