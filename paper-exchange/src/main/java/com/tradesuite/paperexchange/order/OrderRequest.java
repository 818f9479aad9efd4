package com.tradesuite.paperexchange.order;

import java.math.BigDecimal;

/**
 * A POST /v2/orders body as received; enum fields stay raw text so validation can answer like Alpaca.
 * take_profit / stop_loss only make a group when {@code orderClass} says so.
 */
public record OrderRequest(
        String symbol,
        BigDecimal qty,
        BigDecimal notional,
        String side,
        String type,
        String timeInForce,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        BigDecimal trailPrice,
        BigDecimal trailPercent,
        boolean extendedHours,
        String clientOrderId,
        String orderClass,
        BigDecimal takeProfitLimitPrice,
        BigDecimal stopLossStopPrice,
        BigDecimal stopLossLimitPrice) {

    public static Builder builder() {
        return new Builder();
    }

    /** Convenience builder for tests and in-process callers. */
    public static final class Builder {
        private String symbol;
        private BigDecimal qty;
        private BigDecimal notional;
        private String side = "buy";
        private String type = "market";
        private String timeInForce = "day";
        private BigDecimal limitPrice;
        private BigDecimal stopPrice;
        private BigDecimal trailPrice;
        private BigDecimal trailPercent;
        private boolean extendedHours;
        private String clientOrderId;
        private String orderClass;
        private BigDecimal takeProfitLimitPrice;
        private BigDecimal stopLossStopPrice;
        private BigDecimal stopLossLimitPrice;

        public Builder symbol(String value) { symbol = value; return this; }
        public Builder qty(String value) { qty = new BigDecimal(value); return this; }
        public Builder notional(String value) { notional = new BigDecimal(value); return this; }
        public Builder side(String value) { side = value; return this; }
        public Builder type(String value) { type = value; return this; }
        public Builder timeInForce(String value) { timeInForce = value; return this; }
        public Builder limitPrice(String value) { limitPrice = new BigDecimal(value); return this; }
        public Builder stopPrice(String value) { stopPrice = new BigDecimal(value); return this; }
        public Builder trailPrice(String value) { trailPrice = new BigDecimal(value); return this; }
        public Builder trailPercent(String value) { trailPercent = new BigDecimal(value); return this; }
        public Builder extendedHours(boolean value) { extendedHours = value; return this; }
        public Builder clientOrderId(String value) { clientOrderId = value; return this; }
        public Builder orderClass(String value) { orderClass = value; return this; }
        public Builder takeProfit(String limit) { takeProfitLimitPrice = new BigDecimal(limit); return this; }
        public Builder stopLoss(String stop) { stopLossStopPrice = new BigDecimal(stop); return this; }
        public Builder stopLossLimit(String limit) { stopLossLimitPrice = new BigDecimal(limit); return this; }

        public OrderRequest build() {
            return new OrderRequest(symbol, qty, notional, side, type, timeInForce, limitPrice, stopPrice, trailPrice,
                    trailPercent, extendedHours, clientOrderId, orderClass, takeProfitLimitPrice, stopLossStopPrice,
                    stopLossLimitPrice);
        }
    }
}
