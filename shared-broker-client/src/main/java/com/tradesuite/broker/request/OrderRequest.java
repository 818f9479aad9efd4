package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/**
 * An immutable, already-validated POST /v2/orders body. Simple orders come from the static factories;
 * bracket/OCO/OTO only from {@link BracketEntry}, {@link OcoExit} and {@link OtoEntry}, which always set
 * {@code order_class}, so legs can never be sent without the class that makes them legs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class OrderRequest {

    @JsonProperty("symbol")
    private final String symbol;
    @JsonProperty("qty")
    private final BigDecimal qty;
    @JsonProperty("side")
    private final OrderSide side;
    @JsonProperty("type")
    private final OrderType type;
    @JsonProperty("time_in_force")
    private final TimeInForce timeInForce;
    @JsonProperty("order_class")
    private final OrderClass orderClass;
    @JsonProperty("limit_price")
    private final BigDecimal limitPrice;
    @JsonProperty("stop_price")
    private final BigDecimal stopPrice;
    @JsonProperty("trail_price")
    private final BigDecimal trailPrice;
    @JsonProperty("trail_percent")
    private final BigDecimal trailPercent;
    @JsonProperty("take_profit")
    private final TakeProfit takeProfit;
    @JsonProperty("stop_loss")
    private final StopLoss stopLoss;
    @JsonProperty("extended_hours")
    private final Boolean extendedHours;
    @JsonProperty("client_order_id")
    private final String clientOrderId;

    private OrderRequest(Fields f) {
        this.symbol = Checks.symbol(f.symbol);
        this.qty = Checks.positive(f.qty, "qty");
        this.side = Checks.required(f.side, "side");
        this.type = Checks.required(f.type, "type");
        this.timeInForce = Checks.required(f.timeInForce, "time_in_force");
        this.orderClass = Checks.required(f.orderClass, "order_class");
        this.limitPrice = PriceRounding.nearestOrNull(f.limitPrice);
        this.stopPrice = PriceRounding.nearestOrNull(f.stopPrice);
        this.trailPrice = PriceRounding.nearestOrNull(f.trailPrice);
        this.trailPercent = f.trailPercent;
        this.takeProfit = f.takeProfit;
        this.stopLoss = f.stopLoss;
        this.extendedHours = f.extendedHours ? Boolean.TRUE : null;
        this.clientOrderId = Checks.clientOrderId(f.clientOrderId);
    }

    public static OrderRequest market(String symbol, OrderSide side, BigDecimal qty) {
        return new OrderRequest(Fields.simple(symbol, side, qty, OrderType.MARKET));
    }

    public static OrderRequest limit(String symbol, OrderSide side, BigDecimal qty, BigDecimal limitPrice) {
        Fields f = Fields.simple(symbol, side, qty, OrderType.LIMIT);
        f.limitPrice = Checks.positive(limitPrice, "limit_price");
        return new OrderRequest(f);
    }

    public static OrderRequest stop(String symbol, OrderSide side, BigDecimal qty, BigDecimal stopPrice) {
        Fields f = Fields.simple(symbol, side, qty, OrderType.STOP);
        f.stopPrice = Checks.positive(stopPrice, "stop_price");
        return new OrderRequest(f);
    }

    public static OrderRequest stopLimit(
            String symbol, OrderSide side, BigDecimal qty, BigDecimal stopPrice, BigDecimal limitPrice) {
        Fields f = Fields.simple(symbol, side, qty, OrderType.STOP_LIMIT);
        f.stopPrice = Checks.positive(stopPrice, "stop_price");
        f.limitPrice = Checks.positive(limitPrice, "limit_price");
        return new OrderRequest(f);
    }

    /** Trailing stop by a dollar distance from the high-water mark (TIF day or gtc only). */
    public static OrderRequest trailingStopPrice(String symbol, OrderSide side, BigDecimal qty, BigDecimal trail) {
        Fields f = Fields.simple(symbol, side, qty, OrderType.TRAILING_STOP);
        f.trailPrice = Checks.positive(trail, "trail_price");
        return new OrderRequest(f);
    }

    /** Trailing stop by a percentage of the high-water mark (TIF day or gtc only). */
    public static OrderRequest trailingStopPercent(String symbol, OrderSide side, BigDecimal qty, BigDecimal percent) {
        Fields f = Fields.simple(symbol, side, qty, OrderType.TRAILING_STOP);
        f.trailPercent = Checks.positive(percent, "trail_percent");
        return new OrderRequest(f);
    }

    /** Used by the multi-leg builders, which have already validated the legs. */
    static OrderRequest ofLegs(Fields fields) {
        return new OrderRequest(fields);
    }

    /** Same order with another time in force. */
    public OrderRequest withTimeInForce(TimeInForce tif) {
        Fields f = toFields();
        f.timeInForce = tif;
        validateTimeInForce(f);
        return new OrderRequest(f);
    }

    /** Same order with a client order id, normally from {@link ClientOrderId#derive}. */
    public OrderRequest withClientOrderId(String id) {
        Fields f = toFields();
        f.clientOrderId = Checks.required(id, "client_order_id");
        return new OrderRequest(f);
    }

    /** Same order eligible for extended hours (Alpaca allows it for limit day/gtc simple orders only). */
    public OrderRequest withExtendedHours() {
        if (type != OrderType.LIMIT || orderClass != OrderClass.SIMPLE
                || (timeInForce != TimeInForce.DAY && timeInForce != TimeInForce.GTC)) {
            throw new InvalidOrderRequestException("extended_hours needs a simple limit order with TIF day or gtc");
        }
        Fields f = toFields();
        f.extendedHours = true;
        return new OrderRequest(f);
    }

    private static void validateTimeInForce(Fields f) {
        boolean dayOrGtc = f.timeInForce == TimeInForce.DAY || f.timeInForce == TimeInForce.GTC;
        if (!dayOrGtc && (f.type == OrderType.TRAILING_STOP || f.orderClass != OrderClass.SIMPLE)) {
            throw new InvalidOrderRequestException(
                    "time_in_force " + f.timeInForce.wire() + " not allowed for " + f.orderClass.wire() + " "
                            + f.type.wire() + " orders: use day or gtc");
        }
        if (f.extendedHours && !dayOrGtc) {
            throw new InvalidOrderRequestException("extended_hours needs TIF day or gtc");
        }
    }

    private Fields toFields() {
        Fields f = new Fields();
        f.symbol = symbol;
        f.qty = qty;
        f.side = side;
        f.type = type;
        f.timeInForce = timeInForce;
        f.orderClass = orderClass;
        f.limitPrice = limitPrice;
        f.stopPrice = stopPrice;
        f.trailPrice = trailPrice;
        f.trailPercent = trailPercent;
        f.takeProfit = takeProfit;
        f.stopLoss = stopLoss;
        f.extendedHours = Boolean.TRUE.equals(extendedHours);
        f.clientOrderId = clientOrderId;
        return f;
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal qty() {
        return qty;
    }

    public OrderSide side() {
        return side;
    }

    public OrderType type() {
        return type;
    }

    public TimeInForce timeInForce() {
        return timeInForce;
    }

    public OrderClass orderClass() {
        return orderClass;
    }

    public BigDecimal limitPrice() {
        return limitPrice;
    }

    public BigDecimal stopPrice() {
        return stopPrice;
    }

    public BigDecimal trailPrice() {
        return trailPrice;
    }

    public BigDecimal trailPercent() {
        return trailPercent;
    }

    public TakeProfit takeProfit() {
        return takeProfit;
    }

    public StopLoss stopLoss() {
        return stopLoss;
    }

    public boolean extendedHours() {
        return Boolean.TRUE.equals(extendedHours);
    }

    public String clientOrderId() {
        return clientOrderId;
    }

    @Override
    public String toString() {
        return "OrderRequest[" + orderClass.wire() + " " + type.wire() + " " + side.wire() + " " + qty.toPlainString()
                + " " + symbol + " cid=" + clientOrderId + "]";
    }

    /** Mutable scratch pad for building; never escapes the package. */
    static final class Fields {
        String symbol;
        BigDecimal qty;
        OrderSide side;
        OrderType type;
        TimeInForce timeInForce = TimeInForce.DAY;
        OrderClass orderClass = OrderClass.SIMPLE;
        BigDecimal limitPrice;
        BigDecimal stopPrice;
        BigDecimal trailPrice;
        BigDecimal trailPercent;
        TakeProfit takeProfit;
        StopLoss stopLoss;
        boolean extendedHours;
        String clientOrderId;

        static Fields simple(String symbol, OrderSide side, BigDecimal qty, OrderType type) {
            Fields f = new Fields();
            f.symbol = symbol;
            f.side = side;
            f.qty = qty;
            f.type = type;
            return f;
        }
    }
}
