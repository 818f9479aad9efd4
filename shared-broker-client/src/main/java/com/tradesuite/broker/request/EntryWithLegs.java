package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/**
 * The builder both multi-leg entries share: a market or limit entry with take-profit and/or stop-loss legs.
 * Subclasses say which legs their order class needs; the price checks and the request are the same for both.
 *
 * @param <B> the concrete builder, so the fluent calls keep its type
 */
abstract class EntryWithLegs<B extends EntryWithLegs<B>> {

    private final OrderClass orderClass;
    private final String symbol;
    private final OrderSide side;
    private final BigDecimal qty;
    private BigDecimal entryLimit;
    private TakeProfit takeProfit;
    private StopLoss stopLoss;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private String clientOrderId;

    EntryWithLegs(OrderClass orderClass, String symbol, OrderSide side, BigDecimal qty) {
        this.orderClass = orderClass;
        this.symbol = symbol;
        this.side = Checks.required(side, "side");
        this.qty = qty;
    }

    /** Checks which legs are present (and how they relate) before the base-price checks. */
    abstract void checkLegs(OrderSide exitSide, TakeProfit takeProfit, StopLoss stopLoss);

    /** Enter at market (the default). */
    public B market() {
        this.entryLimit = null;
        return self();
    }

    /** Enter with a limit order at this price. */
    public B limit(BigDecimal limitPrice) {
        this.entryLimit = PriceRounding.nearestOrNull(Checks.positive(limitPrice, "limit_price"));
        return self();
    }

    public B takeProfit(BigDecimal limitPrice) {
        this.takeProfit = new TakeProfit(limitPrice);
        return self();
    }

    public B stopLoss(BigDecimal stopPrice) {
        this.stopLoss = StopLoss.stop(stopPrice);
        return self();
    }

    public B stopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
        this.stopLoss = StopLoss.stopLimit(stopPrice, limitPrice);
        return self();
    }

    /** Day or gtc (default gtc, so the protective legs outlive the session). */
    public B timeInForce(TimeInForce tif) {
        this.timeInForce = tif;
        return self();
    }

    public B clientOrderId(String id) {
        this.clientOrderId = id;
        return self();
    }

    /** Validates the legs against each other and the entry price, then freezes the request. */
    public OrderRequest build() {
        OrderSide exitSide = side.opposite();
        checkLegs(exitSide, takeProfit, stopLoss);
        if (entryLimit != null && stopLoss != null) {
            LegRules.stopAwayFromBase(exitSide, entryLimit, stopLoss);
        }
        if (entryLimit != null && takeProfit != null) {
            LegRules.takeProfitAwayFromBase(exitSide, entryLimit, takeProfit);
        }
        OrderRequest.Fields f = OrderRequest.Fields.simple(
                symbol, side, qty, entryLimit == null ? OrderType.MARKET : OrderType.LIMIT);
        f.limitPrice = entryLimit;
        f.orderClass = orderClass;
        f.takeProfit = takeProfit;
        f.stopLoss = stopLoss;
        f.timeInForce = LegRules.dayOrGtc(timeInForce, orderClass.wire());
        f.clientOrderId = clientOrderId;
        return OrderRequest.ofLegs(f);
    }

    @SuppressWarnings("unchecked") // B is always the class of this builder (see the type parameter)
    private B self() {
        return (B) this;
    }
}
