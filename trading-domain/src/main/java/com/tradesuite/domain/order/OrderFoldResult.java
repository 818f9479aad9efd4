package com.tradesuite.domain.order;

import java.util.Optional;

/** The book after folding one event, and why the event was refused if it was (the book is then unchanged). */
public record OrderFoldResult(OrderBook book, Optional<String> rejection) {

    static OrderFoldResult applied(OrderBook book) {
        return new OrderFoldResult(book, Optional.empty());
    }

    static OrderFoldResult refused(OrderBook unchanged, String reason) {
        return new OrderFoldResult(unchanged, Optional.of(reason));
    }

    public boolean isRefused() {
        return rejection.isPresent();
    }
}
