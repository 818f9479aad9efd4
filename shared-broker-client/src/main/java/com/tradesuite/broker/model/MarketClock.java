package com.tradesuite.broker.model;

import java.time.OffsetDateTime;

/** GET /v2/clock: whether the market is open now and when it next opens and closes. */
public record MarketClock(OffsetDateTime timestamp, boolean isOpen, OffsetDateTime nextOpen, OffsetDateTime nextClose) {
}
