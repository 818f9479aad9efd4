package com.tradesuite.risk.api;

/** The body of {@code POST /trading-state}: {@code {"state": "HALTED", "reason": "...", "flatten": false}}. */
public record TradingStateRequest(String state, String reason, Boolean flatten) {
}
