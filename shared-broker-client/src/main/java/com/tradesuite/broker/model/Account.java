package com.tradesuite.broker.model;

import java.math.BigDecimal;

/** The trading account summary; numbers arrive as decimal strings. */
public record Account(
        String id,
        String accountNumber,
        String status,
        String currency,
        BigDecimal cash,
        BigDecimal equity,
        BigDecimal lastEquity,
        BigDecimal buyingPower,
        BigDecimal portfolioValue,
        BigDecimal longMarketValue,
        BigDecimal shortMarketValue,
        boolean tradingBlocked,
        boolean accountBlocked,
        boolean patternDayTrader,
        boolean shortingEnabled,
        Integer daytradeCount,
        BigDecimal multiplier) {
}
