package com.tradesuite.domain.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderPurpose;

/** An entry not completely filled within the timeout is cancelled; what did fill keeps its protection (see the audit). */
public final class EntryTimeoutRule {

    private final Duration timeout;

    public EntryTimeoutRule(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Cancel requests for the symbol's working entries older than the timeout (none already being cancelled). */
    public List<OrderCancelRequested> cancelsDue(OrderBook orders, String symbol, Instant now) {
        return orders.openEntries(symbol).stream()
                .filter(entry -> entry.status() == OrderStatus.ACCEPTED || entry.status() == OrderStatus.PARTIALLY_FILLED)
                .filter(entry -> !now.isBefore(entry.createdAt().plus(timeout)))
                .map(this::cancel).toList();
    }

    private OrderCancelRequested cancel(TrackedOrder entry) {
        return new OrderCancelRequested(entry.brokerOrderId(), OrderPurpose.ENTRY_TIMEOUT_CANCEL,
                "entry not filled within " + timeout + ": " + entry.filledQty().toPlainString() + " of "
                        + entry.qty().toPlainString() + " filled");
    }
}
