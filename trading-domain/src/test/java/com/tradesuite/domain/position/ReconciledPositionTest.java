package com.tradesuite.domain.position;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.adopted;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.reconciled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.exit.ExitAttribution;
import com.tradesuite.domain.report.TradeLedger;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.PositionReconciled;
import org.junit.jupiter.api.Test;

/** The one position fold takes the broker's word when a reconciliation found the log wrong. */
class ReconciledPositionTest {

    private final List<EventEnvelope<?>> entered = List.of(
            entryIntent(AAPL, "entry-1", "40", "115", "98", at(0)),
            buy(AAPL, "x1", "b1", "entry-1", "40", "100", at(1)));

    @Test
    void anAdoptedPositionOpensAtTheBrokersQuantityAndPriceWithNoKnownStop() {
        PositionBook book = PositionBook.of(List.of(adopted(AAPL, "25", "101.25", at(5))));

        Position position = book.position(AAPL);
        assertThat(position.qty()).isEqualByComparingTo("25");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("101.25");
        assertThat(position.openedAt()).isEqualTo(at(5));
        assertThat(position.entryClientOrderId()).isNull();
        assertThat(position.initialStopPrice()).isNull();
        assertThat(book.openPositions()).containsExactly(position);
    }

    @Test
    void adoptingTheSameQuantityTwiceChangesNothing() {
        PositionBook once = PositionBook.of(List.of(adopted(AAPL, "25", "101.25", at(5))));

        assertThat(once.apply(adopted(AAPL, "25", "101.25", at(6)))).isSameAs(once);
    }

    @Test
    void aPositionClosedAtTheBrokerIsClosedInTheLogRealisingAtTheEstimatedPrice() {
        TradingState given = TradingState.of(entered);

        TradingState after = given.apply(reconciled(AAPL, "40", "0", null, "103", at(60)));

        Position position = after.positions().position(AAPL);
        assertThat(position.isOpen()).isFalse();
        assertThat(position.realizedPnl()).isEqualByComparingTo("120");
        assertThat(after.dailyPnl().on(at(60))).isEqualByComparingTo("120");
    }

    @Test
    void aSmallerBrokerQuantityReducesThePositionAndKeepsItsEntryStop() {
        PositionBook after = PositionBook.of(entered).apply(reconciled(AAPL, "40", "15", "100", "99", at(60)));

        Position position = after.position(AAPL);
        assertThat(position.qty()).isEqualByComparingTo("15");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("100");
        assertThat(position.initialStopPrice()).isEqualByComparingTo("98");
        assertThat(position.realizedPnl()).isEqualByComparingTo("-25");
    }

    @Test
    void aLargerBrokerQuantityTakesTheBrokersAveragePrice() {
        PositionBook after = PositionBook.of(entered).apply(reconciled(AAPL, "40", "50", "100.80", "104", at(60)));

        Position position = after.position(AAPL);
        assertThat(position.qty()).isEqualByComparingTo("50");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("100.80");
        assertThat(position.realizedPnl()).isEqualByComparingTo("0");
    }

    @Test
    void aReductionAtTheBrokerIsAManualExitWithItsR() {
        Position before = PositionBook.of(entered).position(AAPL);
        PositionReconciled closed = (PositionReconciled) reconciled(AAPL, "40", "0", null, "96", at(60)).payload();

        ExitAttributed exit = ExitAttribution.attributeReconciliation(closed, before).orElseThrow();

        assertThat(exit.layer()).isEqualTo(ExitLayer.MANUAL);
        assertThat(exit.qty()).isEqualByComparingTo("40");
        assertThat(exit.realizedPnl()).isEqualByComparingTo("-160");
        assertThat(exit.rMultiple()).isEqualByComparingTo("-2");
        assertThat(exit.positionQtyAfter()).isEqualByComparingTo("0");
        assertThat(exit.executionId()).isEqualTo(closed.reconciliationId());
    }

    @Test
    void aLargerBrokerQuantityIsNoExit() {
        Position before = PositionBook.of(entered).position(AAPL);
        PositionReconciled grown = (PositionReconciled) reconciled(AAPL, "40", "50", "100.8", "104", at(60))
                .payload();

        assertThat(ExitAttribution.attributeReconciliation(grown, before)).isEmpty();
    }

    @Test
    void theTradeLedgerEndsTheRoundTripAPositionClosedAtTheBrokerEnded() {
        TradeLedger ledger = TradeLedger.of(entered).apply(reconciled(AAPL, "40", "0", null, "103", at(60)));

        assertThat(ledger.closedTrades()).singleElement().satisfies(trade -> {
            assertThat(trade.closedAt()).isEqualTo(at(60));
            assertThat(trade.realizedPnl()).isEqualByComparingTo("120");
            assertThat(trade.entryQty()).isEqualByComparingTo("40");
        });
    }
}
