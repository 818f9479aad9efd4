package com.tradesuite.domain.reconcile;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryIntent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.TradingState;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final String MSFT = "MSFT";

    private final List<EventEnvelope<?>> aaplHeld = List.of(
            entryIntent(AAPL, "entry-1", "40", "115", "98", at(0)),
            Events.entryAccepted(AAPL, "b1", "entry-1", "40", at(0)),
            buy(AAPL, "x1", "b1", "entry-1", "40", "100", at(1)),
            Events.accepted(AAPL, "b1-sl", "entry-1-sl", "b1", Side.SELL, OrderType.STOP, OrderClass.BRACKET, "40",
                    null, "98", "new", at(1)));

    private static BrokerHoldings broker(Map<String, BrokerHoldings.Holding> positions,
                                         Map<String, List<String>> orders) {
        return new BrokerHoldings(positions, orders);
    }

    private static BrokerHoldings.Holding holding(String qty, String avg) {
        return new BrokerHoldings.Holding(dec(qty), dec(avg));
    }

    @Test
    void aLogThatAgreesWithTheBrokerHasNoDifferences() {
        TradingState log = TradingState.of(aaplHeld);

        Reconciliation.Result result = Reconciliation.compare(log,
                broker(Map.of(AAPL, holding("40", "100")), Map.of(AAPL, List.of("b1-sl"))), symbol -> true);

        assertThat(result.differences()).isEmpty();
        assertThat(result.settling()).isEmpty();
    }

    @Test
    void aBrokerPositionHeldByALoneTakeProfitTheLogNeverSawIsToBeAdoptedWithItsOrder() {
        // given: an account the suite never traded, 25 MSFT held by a take-profit placed by another bot
        BrokerHoldings account = broker(Map.of(MSFT, holding("25", "410.5")), Map.of(MSFT, List.of("tp-9")));

        // when
        Reconciliation.Result result = Reconciliation.compare(TradingState.empty(), account, symbol -> true);

        // then
        Difference difference = result.differences().get(0);
        assertThat(result.differences()).hasSize(1);
        assertThat(difference.kind()).isEqualTo(DifferenceKind.UNKNOWN_POSITION);
        assertThat(difference.unknownOrderIds()).containsExactly("tp-9");
        PositionAdopted adopted = (PositionAdopted) Reconciliation.resolve(difference,
                TradingState.empty().positions().position(MSFT), dec("409"), at(30)).orElseThrow();
        assertThat(adopted.qty()).isEqualByComparingTo("25");
        assertThat(adopted.avgEntryPrice()).isEqualByComparingTo("410.5");
        assertThat(adopted.reason()).contains("25", "never saw", "tp-9");
    }

    @Test
    void aPositionClosedInTheBrokersDashboardIsMissingAndIsValuedAtTheLastPrice() {
        TradingState log = TradingState.of(aaplHeld);

        Difference difference = Reconciliation.compare(log, broker(Map.of(), Map.of()), symbol -> true)
                .differences().get(0);

        assertThat(difference.kind()).isEqualTo(DifferenceKind.MISSING_POSITION);
        PositionReconciled fact = (PositionReconciled) Reconciliation.resolve(difference,
                log.positions().position(AAPL), dec("101.5"), at(30)).orElseThrow();
        assertThat(fact.logQty()).isEqualByComparingTo("40");
        assertThat(fact.brokerQty()).isEqualByComparingTo("0");
        assertThat(fact.exitPrice()).isEqualByComparingTo("101.5");
        assertThat(fact.reducedQty()).isEqualByComparingTo("40");
    }

    @Test
    void differentQuantitiesAreAMismatchAndAnUnknownOrderAloneIsReportedToo() {
        TradingState log = TradingState.of(aaplHeld);

        assertThat(Reconciliation.compare(log, broker(Map.of(AAPL, holding("30", "100")), Map.of()), symbol -> true)
                .differences()).extracting(Difference::kind).containsExactly(DifferenceKind.QUANTITY_MISMATCH);
        assertThat(Reconciliation.compare(log, broker(Map.of(AAPL, holding("40", "100")),
                Map.of(AAPL, List.of("b1-sl", "manual-7"))), symbol -> true).differences())
                .singleElement().satisfies(difference -> {
                    assertThat(difference.kind()).isEqualTo(DifferenceKind.UNKNOWN_ORDER);
                    assertThat(difference.unknownOrderIds()).containsExactly("manual-7");
                });
    }

    @Test
    void aSymbolWithAnEntryWorkingIsLeftForTheNextReconciliation() {
        // given: the entry is accepted, its fill is on the way: the broker already shows the shares
        TradingState log = TradingState.of(List.of(entryIntent(AAPL, "entry-1", "40", "115", "98", at(0)),
                Events.entryAccepted(AAPL, "b1", "entry-1", "40", at(0))));

        Reconciliation.Result result = Reconciliation.compare(log,
                broker(Map.of(AAPL, holding("40", "100")), Map.of(AAPL, List.of("b1"))), symbol -> true);

        assertThat(result.differences()).isEmpty();
        assertThat(result.settling()).containsExactly(AAPL);
    }

    @Test
    void symbolsOfOtherInstancesAndShortsAreNotTouched() {
        BrokerHoldings account = broker(Map.of(MSFT, holding("25", "410.5"), AAPL, holding("-10", "100")),
                Map.of());

        Reconciliation.Result result = Reconciliation.compare(TradingState.empty(), account, AAPL::equals);

        assertThat(result.differences()).singleElement().satisfies(difference -> {
            assertThat(difference.kind()).isEqualTo(DifferenceKind.SHORT_POSITION);
            assertThat(Reconciliation.resolve(difference, TradingState.empty().positions().position(AAPL), null,
                    at(1))).isEmpty();
        });
    }
}
