package com.tradesuite.broker.error;

import java.math.BigDecimal;
import java.util.List;

/** HTTP 403 "insufficient qty available": shares are held by open orders (held_for_orders, related_orders). */
public class InsufficientQtyException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final String symbol;
    private final BigDecimal available;
    private final BigDecimal existingQty;
    private final BigDecimal heldForOrders;
    private final List<String> relatedOrders;

    public InsufficientQtyException(Long code, String message, String body, String symbol, BigDecimal available,
            BigDecimal existingQty, BigDecimal heldForOrders, List<String> relatedOrders) {
        super(403, code, message, body, null);
        this.symbol = symbol;
        this.available = available;
        this.existingQty = existingQty;
        this.heldForOrders = heldForOrders;
        this.relatedOrders = relatedOrders == null ? List.of() : List.copyOf(relatedOrders);
    }

    public String symbol() {
        return symbol;
    }

    public BigDecimal available() {
        return available;
    }

    public BigDecimal existingQty() {
        return existingQty;
    }

    public BigDecimal heldForOrders() {
        return heldForOrders;
    }

    /** Ids of the open orders holding the shares: cancel these (or join them in an OCO) to free the qty. */
    public List<String> relatedOrders() {
        return relatedOrders;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
