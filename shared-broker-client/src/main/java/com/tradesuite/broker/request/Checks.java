package com.tradesuite.broker.request;

import java.math.BigDecimal;

/** Argument checks that fail with the wire name of the bad field. */
final class Checks {

    private Checks() {
    }

    static BigDecimal positive(BigDecimal value, String field) {
        if (value == null) {
            throw new InvalidOrderRequestException(field + " is required");
        }
        if (value.signum() <= 0) {
            throw new InvalidOrderRequestException(field + " must be positive, got " + value.toPlainString());
        }
        return value;
    }

    static String symbol(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new InvalidOrderRequestException("symbol is required");
        }
        return symbol.trim();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidOrderRequestException(field + " is required");
        }
        return value;
    }

    static String clientOrderId(String id) {
        if (id != null && (id.isBlank() || id.length() > ClientOrderId.MAX_LENGTH)) {
            throw new InvalidOrderRequestException(
                    "client_order_id must be 1.." + ClientOrderId.MAX_LENGTH + " chars, got " + id.length());
        }
        return id;
    }
}
