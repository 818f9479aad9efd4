package com.tradesuite.broker.request;

import java.time.Instant;
import java.util.List;

/** GET /v2/stocks/bars parameters; the client follows next_page_token until every symbol's series is complete. */
public record BarsRequest(
        List<String> symbols,
        String timeframe,
        Instant start,
        Instant end,
        int pageLimit,
        String feed,
        String adjustment) {

    /** Alpaca's maximum bars per page (counted across all symbols). */
    public static final int MAX_PAGE_LIMIT = 10_000;

    public BarsRequest {
        if (symbols == null || symbols.isEmpty()) {
            throw new IllegalArgumentException("at least one symbol is required");
        }
        symbols = List.copyOf(symbols);
        if (timeframe == null || timeframe.isBlank()) {
            throw new IllegalArgumentException("timeframe is required, e.g. 1Min");
        }
        if (pageLimit < 1 || pageLimit > MAX_PAGE_LIMIT) {
            throw new IllegalArgumentException("pageLimit must be 1.." + MAX_PAGE_LIMIT + ", got " + pageLimit);
        }
    }

    public static BarsRequest of(List<String> symbols, String timeframe, Instant start, Instant end) {
        return new BarsRequest(symbols, timeframe, start, end, MAX_PAGE_LIMIT, null, null);
    }

    public BarsRequest withPageLimit(int value) {
        return new BarsRequest(symbols, timeframe, start, end, value, feed, adjustment);
    }

    public BarsRequest withFeed(String value) {
        return new BarsRequest(symbols, timeframe, start, end, pageLimit, value, adjustment);
    }

    public BarsRequest withAdjustment(String value) {
        return new BarsRequest(symbols, timeframe, start, end, pageLimit, feed, value);
    }
}
