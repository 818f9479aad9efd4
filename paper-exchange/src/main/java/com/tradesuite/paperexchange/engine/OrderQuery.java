package com.tradesuite.paperexchange.engine;

import java.time.Instant;
import java.util.Set;

/**
 * Filters of GET /v2/orders.
 *
 * @param status    open, closed or all
 * @param limit     at most this many (Alpaca caps at 500)
 * @param after     only orders submitted after this instant (exclusive), or null
 * @param until     only orders submitted before this instant (exclusive), or null
 * @param ascending oldest first when true (Alpaca's default is newest first)
 * @param nested    legs rolled up under their parent instead of listed on their own
 * @param symbols   only these symbols; empty means all
 * @param side      buy, sell or null
 */
public record OrderQuery(String status, int limit, Instant after, Instant until, boolean ascending, boolean nested,
                         Set<String> symbols, String side) {

    public static OrderQuery open() {
        return new OrderQuery("open", 50, null, null, false, false, Set.of(), null);
    }

    public static OrderQuery all() {
        return new OrderQuery("all", 500, null, null, false, false, Set.of(), null);
    }
}
