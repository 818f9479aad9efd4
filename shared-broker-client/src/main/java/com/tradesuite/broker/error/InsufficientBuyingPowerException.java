package com.tradesuite.broker.error;

import java.math.BigDecimal;

/** HTTP 403 "insufficient buying power": the order costs more than the account can buy. */
public class InsufficientBuyingPowerException extends BrokerException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal buyingPower;
    private final BigDecimal costBasis;

    public InsufficientBuyingPowerException(Long code, String message, String body, BigDecimal buyingPower,
            BigDecimal costBasis) {
        super(403, code, message, body, null);
        this.buyingPower = buyingPower;
        this.costBasis = costBasis;
    }

    public BigDecimal buyingPower() {
        return buyingPower;
    }

    public BigDecimal costBasis() {
        return costBasis;
    }

    @Override
    public boolean isRetryable() {
        return false;
    }
}
