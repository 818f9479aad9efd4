package com.tradesuite.domain;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderFoldResult;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.domain.position.Position;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;

/** The fold keeps what is live and a bounded memory of the finished, so its size does not grow with the log. */
class BoundedFoldTest {

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "TSLA");

    @Test
    void afterManyClosedRoundTripsTheOpenBookIsEmptyAndTheRetainedSizeStopsGrowing() {
        // a round trip every 30 minutes: 10 and then 50 days of trading, both past every window the fold keeps
        TradingState afterFew = TradingState.of(RoundTrips.of(8 * OrderBook.FINISHED_REMEMBERED, SYMBOLS));
        TradingState afterMany = TradingState.of(RoundTrips.of(40 * OrderBook.FINISHED_REMEMBERED, SYMBOLS));

        assertThat(afterMany.orders().openOrders()).isEmpty();
        assertThat(afterMany.positions().openPositions()).isEmpty();
        assertThat(afterMany.orders().retainedOrders()).isEqualTo(SYMBOLS.size() * OrderBook.FINISHED_REMEMBERED);
        assertThat(afterMany.retainedSize()).isEqualTo(afterFew.retainedSize());
    }

    @Test
    void theRealisedPnlOfEveryRoundTripStillCountsAfterItsOrdersAreForgotten() {
        int trips = 10 * OrderBook.FINISHED_REMEMBERED;

        TradingState state = TradingState.of(RoundTrips.of(trips, List.of(AAPL)));

        // each trip buys 10 at 100 and sells at 99
        assertThat(state.positions().position(AAPL).realizedPnl()).isEqualByComparingTo(String.valueOf(-10 * trips));
    }

    @Test
    void aLateCancelForAFinishedOrderIsRecognisedNotRefused() {
        List<EventEnvelope<?>> given = RoundTrips.one(AAPL, 0);
        TradingState state = TradingState.of(given);

        TradingState.Step step = state.fold(Events.canceled(AAPL, "b-sl3-AAPL-0", "sl3-AAPL-0", at(300)));

        assertThat(step.refusal()).isEmpty();
        assertThat(step.state().orders()).isEqualTo(state.orders());
        assertThat(state.orders().byBrokerOrderId("b-sl3-AAPL-0").orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aFillThatOvertakesTheCancelStillCountsItsShares() {
        TradingState given = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                Events.cancelRequested(AAPL, Scenario.TP_BROKER_ID, OrderPurpose.TRAILING_STOP, at(5)),
                Events.canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(6))));

        TradingState.Step step = given.fold(Events.sell(AAPL, "exec-tp", Scenario.TP_BROKER_ID, Scenario.TP_ID,
                Scenario.ENTRY_BROKER_ID, OrderType.LIMIT, "59", "233.90", "0", at(6)));

        assertThat(step.refusal()).isEmpty();
        assertThat(step.state().orders().byClientOrderId(Scenario.TP_ID).orElseThrow().status())
                .isEqualTo(OrderStatus.FILLED);
        assertThat(step.state().positions().position(AAPL).isOpen()).isFalse();
    }

    @Test
    void aReplaceAskedWhileOneIsPendingSupersedesIt() {
        TradingState given = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "sl-2", "227.00", at(5))));

        TradingState.Step step = given.fold(Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "sl-3", "227.50",
                at(6)));

        assertThat(step.refusal()).isEmpty();
        assertThat(step.state().orders().byClientOrderId(Scenario.SL_ID).orElseThrow().replacementClientOrderId())
                .isEqualTo("sl-3");
    }

    @Test
    void anEventForAnOrderNeitherOpenNorRememberedIsRefusedWithItsReason() {
        TradingState state = TradingState.of(RoundTrips.of(2 * OrderBook.FINISHED_REMEMBERED, List.of(AAPL)));

        TradingState.Step forgotten = state.fold(Events.canceled(AAPL, "b-tp-AAPL-0", "tp-AAPL-0", at(99_000)));
        TradingState.Step unknown = state.fold(Events.replaceRequested(AAPL, "b-nowhere", "x", "1", at(99_000)));

        assertThat(forgotten.refusal()).get().extracting(FoldRefusal::reason).isEqualTo(FoldRefusal.Reason.UNKNOWN_ORDER);
        assertThat(unknown.refusal()).get().extracting(FoldRefusal::detail).asString().contains("b-nowhere");
        assertThat(unknown.state()).isEqualTo(state);
    }

    @Test
    void anIllegalTransitionOfALiveOrderIsRefused() {
        TradingState given = TradingState.of(List.of(Events.entryIntent(AAPL, "e1", "10", "110", "95", at(0))));

        OrderFoldResult result = given.orders().applyChecked(Events.replaced(AAPL, "b-e1", "e1", "b-e2", "e2", "96",
                at(1)));

        assertThat(result.refusal()).get().extracting(FoldRefusal::reason)
                .isEqualTo(FoldRefusal.Reason.ILLEGAL_TRANSITION);
        assertThat(result.book()).isEqualTo(given.orders());
    }

    @Test
    void aSecondIntentWithTheSameIdIsRefusedAsADuplicate() {
        TradingState given = TradingState.of(List.of(Events.entryIntent(AAPL, "e1", "10", "110", "95", at(0))));

        TradingState.Step step = given.fold(Events.entryIntent(AAPL, "e1", "10", "110", "95", at(1)));

        assertThat(step.refusal()).get().extracting(FoldRefusal::reason).isEqualTo(FoldRefusal.Reason.DUPLICATE_INTENT);
    }

    @Test
    void attemptsOfAPositionCountIntentsWhoseOrdersAreFinishedButNotThoseOfAnEarlierPosition() {
        List<EventEnvelope<?>> events = new ArrayList<>(RoundTrips.one(AAPL, 0));
        events.add(Events.exitIntent(AAPL, "old-reprotect", OrderPurpose.REPROTECT, OrderType.STOP, "10", "95",
                Events.T0.plusSeconds(25)));
        events.add(Events.rejected(AAPL, "old-reprotect", "insufficient qty", Events.T0.plusSeconds(25)));
        events.add(Events.entryIntent(AAPL, "e2", "59", "233.90", "226.40", at(3_600)));
        events.add(Events.entryAccepted(AAPL, "b-e2", "e2", "59", at(3_601)));
        events.add(Events.buy(AAPL, "x-e2", "b-e2", "e2", "59", "228.93", at(3_602)));
        for (int attempt = 0; attempt < 3; attempt++) {
            String id = "reprotect-" + attempt;
            events.add(Events.ocoIntent(AAPL, id, "59", "233.90", "226.40", at(3_700 + attempt)));
            events.add(Events.rejected(AAPL, id, "insufficient qty", at(3_700 + attempt)));
        }

        TradingState state = TradingState.of(events);
        Position position = state.positions().position(AAPL);

        assertThat(state.orders().openOrders(AAPL)).noneMatch(order -> order.purpose() == OrderPurpose.REPROTECT);
        assertThat(state.orders().intentsSince(AAPL, OrderPurpose.REPROTECT, position.openedAt())).isEqualTo(3);
    }

    @Test
    void aFoldWithEveryEventDeliveredTwiceRefusesNothingThatChangesTheState() {
        List<EventEnvelope<?>> log = RoundTrips.of(20, SYMBOLS);
        TradingState once = TradingState.of(log);
        TradingState state = TradingState.empty();
        for (EventEnvelope<?> event : log) {
            state = state.apply(event).apply(event);
        }

        assertThat(state.positions()).isEqualTo(once.positions());
        assertThat(state.orders().openOrders()).isEqualTo(once.orders().openOrders());
        assertThat(state.positions().position(AAPL).executionIds().size())
                .isLessThanOrEqualTo(Position.EXECUTIONS_REMEMBERED);
    }

}
