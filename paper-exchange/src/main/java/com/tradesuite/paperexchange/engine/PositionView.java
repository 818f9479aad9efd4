package com.tradesuite.paperexchange.engine;

import java.math.BigDecimal;

/** A position as GET /v2/positions reports it, valued at the simulated last price. */
public record PositionView(String symbol, String assetId, BigDecimal qty, BigDecimal qtyAvailable,
                           BigDecimal avgEntryPrice, BigDecimal costBasis, BigDecimal currentPrice,
                           BigDecimal lastdayPrice, BigDecimal marketValue, BigDecimal unrealizedPl,
                           BigDecimal unrealizedPlpc, BigDecimal unrealizedIntradayPl,
                           BigDecimal unrealizedIntradayPlpc, BigDecimal changeToday) {
}
