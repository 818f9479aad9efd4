package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.model.Position;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.ops.replay.PositionComparison;
import com.tradesuite.ops.replay.PositionDifference;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

class PositionComparisonTest {

    private static final Instant AT = Instant.parse("2026-11-20T15:00:00Z");

    private static EventEnvelope<OrderFilled> fill(String symbol, String exec, Side side, String qty) {
        BigDecimal q = new BigDecimal(qty);
        return EventEnvelope.withId("fill:" + exec, new OrderFilled(exec, "b-" + exec, "c-" + exec, null, side,
                OrderType.MARKET, q, new BigDecimal("10"), q, q, false, BigDecimal.ZERO, AT), symbol, "t", AT,
                null, null);
    }

    private static Position broker(String symbol, String qty) {
        return new Position(null, symbol, null, null, null, new BigDecimal(qty), null, "long", null, null, null,
                null, null, null, null);
    }

    @Test
    void equalWhenEverySymbolHasTheSameQuantity() {
        PositionBook log = PositionBook.of(List.of(fill("AAPL", "1", Side.BUY, "10"),
                fill("MSFT", "2", Side.BUY, "5"), fill("MSFT", "3", Side.SELL, "5")));

        assertThat(PositionComparison.compare(log, List.of(broker("AAPL", "10.000")))).isEmpty();
    }

    @Test
    void reportsSymbolsMissingOnEitherSideAndQuantityMismatches() {
        PositionBook log = PositionBook.of(List.of(fill("AAPL", "1", Side.BUY, "10"),
                fill("TSLA", "2", Side.BUY, "4")));

        assertThat(PositionComparison.compare(log, List.of(broker("AAPL", "7"), broker("NVDA", "3"))))
                .containsExactly(
                        new PositionDifference("AAPL", new BigDecimal("10"), new BigDecimal("7")),
                        new PositionDifference("NVDA", BigDecimal.ZERO, new BigDecimal("3")),
                        new PositionDifference("TSLA", new BigDecimal("4"), BigDecimal.ZERO));
    }

    @Test
    void aDuplicatedFillIsFoldedOnceByTheDomainSoItIsNoDifference() {
        PositionBook log = PositionBook.of(List.of(fill("AAPL", "1", Side.BUY, "10"),
                fill("AAPL", "1", Side.BUY, "10")));

        assertThat(PositionComparison.compare(log, List.of(broker("AAPL", "10")))).isEmpty();
    }
}
