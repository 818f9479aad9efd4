package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/** Builds an OTO entry: an entry that triggers exactly one exit leg (a take-profit or a stop-loss, never both). */
public final class OtoEntry {

    private final String symbol;
    private final OrderSide side;
    private final BigDecimal qty;
    private BigDecimal entryLimit;
    private TakeProfit takeProfit;
    private StopLoss stopLoss;
    private TimeInForce timeInForce = TimeInForce.GTC;
    private String clientOrderId;

    private OtoEntry(String symbol, OrderSide side, BigDecimal qty) {
        this.symbol = symbol;
        this.side = Checks.required(side, "side");
        this.qty = qty;
    }

    /** Starts an OTO entry; the side is the entry side. */
    public static OtoEntry of(String symbol, OrderSide side, BigDecimal qty) {
        return new OtoEntry(symbol, side, qty);
    }

    public OtoEntry market() {
        this.entryLimit = null;
        return this;
    }

    public OtoEntry limit(BigDecimal limitPrice) {
        this.entryLimit = PriceRounding.nearestOrNull(Checks.positive(limitPrice, "limit_price"));
        return this;
    }

    public OtoEntry takeProfit(BigDecimal limitPrice) {
        this.takeProfit = new TakeProfit(limitPrice);
        return this;
    }

    public OtoEntry stopLoss(BigDecimal stopPrice) {
        this.stopLoss = StopLoss.stop(stopPrice);
        return this;
    }

    public OtoEntry stopLoss(BigDecimal stopPrice, BigDecimal limitPrice) {
        this.stopLoss = StopLoss.stopLimit(stopPrice, limitPrice);
        return this;
    }

    public OtoEntry timeInForce(TimeInForce tif) {
        this.timeInForce = tif;
        return this;
    }

    public OtoEntry clientOrderId(String id) {
        this.clientOrderId = id;
        return this;
    }

    public OrderRequest build() {
        if ((takeProfit == null) == (stopLoss == null)) {
            throw new InvalidOrderRequestException(
                    "an OTO needs exactly one of take_profit or stop_loss (use BracketEntry for both)");
        }
        OrderSide exitSide = side.opposite();
        if (entryLimit != null && stopLoss != null) {
            LegRules.stopAwayFromBase(exitSide, entryLimit, stopLoss);
        }
        if (entryLimit != null && takeProfit != null) {
            LegRules.takeProfitAwayFromBase(exitSide, entryLimit, takeProfit);
        }
        OrderRequest.Fields f = OrderRequest.Fields.simple(
                symbol, side, qty, entryLimit == null ? OrderType.MARKET : OrderType.LIMIT);
        f.limitPrice = entryLimit;
        f.orderClass = OrderClass.OTO;
        f.takeProfit = takeProfit;
        f.stopLoss = stopLoss;
        f.timeInForce = LegRules.dayOrGtc(timeInForce, "oto");
        f.clientOrderId = clientOrderId;
        return OrderRequest.ofLegs(f);
    }
}
