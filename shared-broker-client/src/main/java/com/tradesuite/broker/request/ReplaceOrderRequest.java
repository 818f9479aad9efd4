package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/** PATCH /v2/orders/{id} body: at least one field; prices rounded by the sub-penny rule. The broker answers with a NEW order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.NONE, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ReplaceOrderRequest {

    @JsonProperty("qty")
    private BigDecimal qty;
    @JsonProperty("time_in_force")
    private TimeInForce timeInForce;
    @JsonProperty("limit_price")
    private BigDecimal limitPrice;
    @JsonProperty("stop_price")
    private BigDecimal stopPrice;
    @JsonProperty("trail")
    private BigDecimal trail;
    @JsonProperty("client_order_id")
    private String clientOrderId;

    private ReplaceOrderRequest() {
    }

    public static ReplaceOrderRequest builder() {
        return new ReplaceOrderRequest();
    }

    public ReplaceOrderRequest qty(BigDecimal value) {
        this.qty = Checks.positive(value, "qty");
        return this;
    }

    public ReplaceOrderRequest timeInForce(TimeInForce value) {
        this.timeInForce = value;
        return this;
    }

    public ReplaceOrderRequest limitPrice(BigDecimal value) {
        this.limitPrice = PriceRounding.nearestOrNull(Checks.positive(value, "limit_price"));
        return this;
    }

    public ReplaceOrderRequest stopPrice(BigDecimal value) {
        this.stopPrice = PriceRounding.nearestOrNull(Checks.positive(value, "stop_price"));
        return this;
    }

    /** New trail (price or percent, whichever the trailing stop uses). */
    public ReplaceOrderRequest trail(BigDecimal value) {
        this.trail = Checks.positive(value, "trail");
        return this;
    }

    public ReplaceOrderRequest clientOrderId(String value) {
        this.clientOrderId = Checks.clientOrderId(value);
        return this;
    }

    /** Throws when nothing would change: an empty PATCH is a bug in the caller. */
    public ReplaceOrderRequest validated() {
        if (qty == null && timeInForce == null && limitPrice == null && stopPrice == null && trail == null
                && clientOrderId == null) {
            throw new InvalidOrderRequestException("a replace needs at least one field to change");
        }
        return this;
    }

    public BigDecimal qty() {
        return qty;
    }

    public BigDecimal limitPrice() {
        return limitPrice;
    }

    public BigDecimal stopPrice() {
        return stopPrice;
    }

    public String clientOrderId() {
        return clientOrderId;
    }
}
