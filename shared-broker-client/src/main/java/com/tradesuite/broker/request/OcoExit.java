package com.tradesuite.broker.request;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/**
 * Builds an OCO EXIT that protects an existing position with one take-profit limit and one stop sharing the
 * shares: the way to re-protect a position (a separate stop beside a live take-profit is rejected as held qty).
 */
public final class OcoExit {

    private final String symbol;
    private final OrderSide exitSide;
    private final BigDecimal qty;
    private TakeProfit takeProfit;
    private StopLoss stopLoss;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private String clientOrderId;

    private OcoExit(String symbol, OrderSide exitSide, BigDecimal qty) {
        this.symbol = symbol;
        this.exitSide = Checks.required(exitSide, "side");
        this.qty = qty;
    }

    /** Exit for a position: side is the EXIT side (sell protects a long, buy protects a short). */
    public static OcoExit of(String symbol, OrderSide exitSide, BigDecimal qty) {
        return new OcoExit(symbol, exitSide, qty);
    }

    /** Protects a long position of {@code qty} shares. */
    public static OcoExit protectingLong(String symbol, BigDecimal qty) {
        return new OcoExit(symbol, OrderSide.SELL, qty);
    }

    /** Protects a short position of {@code qty} shares. */
    public static OcoExit protectingShort(String symbol, BigDecimal qty) {
        return new OcoExit(symbol, OrderSide.BUY, qty);
    }

    public OcoExit takeProfit(BigDecimal limitPrice) {
        this.takeProfit = new TakeProfit(limitPrice);
        return this;
    }

    public OcoExit stopLoss(BigDecimal stopPrice) {
        this.stopLoss = StopLoss.stop(stopPrice);
        return this;
    }

    public OcoExit stopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
        this.stopLoss = StopLoss.stopLimit(stopPrice, limitPrice);
        return this;
    }

    /** Day or gtc (default gtc: protection must survive the session). */
    public OcoExit timeInForce(TimeInForce tif) {
        this.timeInForce = tif;
        return this;
    }

    public OcoExit clientOrderId(String id) {
        this.clientOrderId = id;
        return this;
    }

    /** The take-profit limit is the parent (type limit); the stop is its one-cancels-other sibling. */
    public OrderRequest build() {
        Checks.required(takeProfit, "take_profit (an OCO needs both legs)");
        Checks.required(stopLoss, "stop_loss (an OCO needs both legs)");
        LegRules.takeProfitBeyondStop(exitSide, takeProfit, stopLoss);
        LegRules.stopAwayFromBase(exitSide, takeProfit.limitPrice(), stopLoss);
        OrderRequest.Fields f = OrderRequest.Fields.simple(symbol, exitSide, qty, OrderType.LIMIT);
        f.limitPrice = takeProfit.limitPrice();
        f.orderClass = OrderClass.OCO;
        f.takeProfit = takeProfit;
        f.stopLoss = stopLoss;
        f.timeInForce = LegRules.dayOrGtc(timeInForce, "oco");
        f.clientOrderId = clientOrderId;
        return OrderRequest.ofLegs(f);
    }
}
