package com.tradesuite.domain.order;

import java.util.Optional;

import com.tradesuite.domain.FoldRefusal;

/**
 * The book after folding one event: applied, refused (the book is unchanged and the refusal says why), or ignored
 * as late news for an order that is already finished (recognised, unchanged, not an error).
 *
 * @param ignoredBecause why a late event changed nothing, or empty
 */
public record OrderFoldResult(OrderBook book, Optional<FoldRefusal> refusal, Optional<String> ignoredBecause) {

    static OrderFoldResult applied(OrderBook book) {
        return new OrderFoldResult(book, Optional.empty(), Optional.empty());
    }

    static OrderFoldResult refused(OrderBook unchanged, FoldRefusal.Reason reason, String detail) {
        return new OrderFoldResult(unchanged, Optional.of(new FoldRefusal(reason, detail)), Optional.empty());
    }

    static OrderFoldResult ignored(OrderBook unchanged, String why) {
        return new OrderFoldResult(unchanged, Optional.empty(), Optional.of(why));
    }

    public boolean isRefused() {
        return refusal.isPresent();
    }

    /** The refusal's detail, if refused. */
    public Optional<String> rejection() {
        return refusal.map(FoldRefusal::detail);
    }
}
