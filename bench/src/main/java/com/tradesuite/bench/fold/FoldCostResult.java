package com.tradesuite.bench.fold;

import java.time.Duration;

/**
 * Per-event cost of TradingState.apply after {@code history} events.
 *
 * @param historyFolded how much history was folded (less than {@code history} if the time limit stopped it)
 * @param percentiles null unless the history was folded and the samples were timed
 * @param historyTime how long folding the history took
 */
public record FoldCostResult(long history, long historyFolded, Percentiles percentiles, Duration historyTime) {

    public boolean finished() {
        return percentiles != null;
    }
}
