package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/** One OHLCV bar of the market-data API (single-letter wire names, prices as JSON numbers). */
public record Bar(
        @JsonProperty("t") Instant timestamp,
        @JsonProperty("o") BigDecimal open,
        @JsonProperty("h") BigDecimal high,
        @JsonProperty("l") BigDecimal low,
        @JsonProperty("c") BigDecimal close,
        @JsonProperty("v") long volume,
        @JsonProperty("n") long tradeCount,
        @JsonProperty("vw") BigDecimal vwap) {
}
