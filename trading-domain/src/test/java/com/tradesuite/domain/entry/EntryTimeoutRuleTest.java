package com.tradesuite.domain.entry;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

class EntryTimeoutRuleTest {

    private final EntryTimeoutRule rule = new EntryTimeoutRule(Duration.ofSeconds(60));

    @Test
    void anEntryNotFilledWithinTheTimeoutIsCancelled() {
        OrderBook book = OrderBook.of(List.of(Events.entryIntent(AAPL, "e1", "100", "110", "95", at(0)),
                Events.entryAccepted(AAPL, "b-e1", "e1", "100", at(1)),
                Events.fill(AAPL, "x1", "b-e1", "e1", null, Side.BUY, OrderType.LIMIT, "40", "100", "40", "100", "40",
                        at(5))));

        assertThat(rule.cancelsDue(book, AAPL, at(59))).isEmpty();
        List<OrderCancelRequested> due = rule.cancelsDue(book, AAPL, at(60));
        assertThat(due).singleElement().satisfies(cancel -> {
            assertThat(cancel.brokerOrderId()).isEqualTo("b-e1");
            assertThat(cancel.purpose()).isEqualTo(OrderPurpose.ENTRY_TIMEOUT_CANCEL);
            assertThat(cancel.reason()).contains("40 of 100 filled");
        });

        OrderBook cancelling = book.apply(Events.env(AAPL, due.get(0), at(60)));
        assertThat(rule.cancelsDue(cancelling, AAPL, at(70))).isEmpty();
    }
}
