package com.tradesuite.risk.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;

/** One open position's protection as GET /protection shows it. */
public record PositionProtection(String symbol, BigDecimal qty,
                                 @JsonProperty("protected") boolean isProtected, String reason) {
}
