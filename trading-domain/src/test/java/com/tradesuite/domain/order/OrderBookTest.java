package com.tradesuite.domain.order;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.canceled;
import static com.tradesuite.domain.Events.entryAccepted;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.fill;
import static com.tradesuite.domain.Events.ocoIntent;
import static com.tradesuite.domain.Events.rejected;
import static com.tradesuite.domain.Events.replaceRequested;
import static com.tradesuite.domain.Events.replaced;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    @Test
    void theStateMachineRejectsIllegalTransitions() {
        assertThatThrownBy(() -> OrderStatus.FILLED.next(OrderTransition.ACCEPT))
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("ACCEPT from FILLED");
        assertThatThrownBy(() -> OrderStatus.CANCELED.next(OrderTransition.ACCEPT))
                .isInstanceOf(IllegalOrderTransitionException.class);
        assertThatThrownBy(() -> OrderStatus.REJECTED.next(OrderTransition.FILL))
                .isInstanceOf(IllegalOrderTransitionException.class);
        assertThatThrownBy(() -> OrderStatus.INTENT_RECORDED.next(OrderTransition.REQUEST_CANCEL))
                .isInstanceOf(IllegalOrderTransitionException.class);
        assertThat(OrderStatus.ACCEPTED.next(OrderTransition.PARTIAL_FILL)).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(OrderStatus.PENDING_CANCEL.next(OrderTransition.FILL)).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aStaleAcceptanceAfterTheFillIsRecognisedAsLateAndLeavesTheBookUnchanged() {
        OrderBook given = OrderBook.of(Scenario.bracketEntryFilled());

        OrderFoldResult result = given.applyChecked(entryAccepted(AAPL, Scenario.ENTRY_BROKER_ID, Scenario.ENTRY_ID,
                "59", at(5)));

        assertThat(result.isRefused()).isFalse();
        assertThat(result.ignoredBecause()).get().asString().contains("already FILLED").contains("late ACCEPT");
        assertThat(result.book()).isEqualTo(given);
        assertThat(given.byClientOrderId(Scenario.ENTRY_ID).orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aSecondCancelForACanceledOrderIsRecognisedAsLate() {
        OrderBook given = OrderBook.of(Scenario.plus(Scenario.bracketEntryFilled(),
                canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(5))));

        OrderFoldResult again = given.applyChecked(canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(6)));

        assertThat(again.isRefused()).isFalse();
        assertThat(again.ignoredBecause()).isPresent();
        assertThat(again.book()).isEqualTo(given);
    }

    @Test
    void anIntentIsVisibleInFlightUntilTheBrokerAnswers() {
        OrderBook recorded = OrderBook.of(List.of(entryIntent(AAPL, "e1", "10", "110", "95", at(0))));
        assertThat(recorded.inFlight(AAPL)).extracting(TrackedOrder::clientOrderId).containsExactly("e1");
        assertThat(recorded.openEntries(AAPL)).hasSize(1);
        assertThat(recorded.symbolsWithOpenEntries()).containsExactly(AAPL);

        OrderBook refused = recorded.apply(rejected(AAPL, "e1", "insufficient buying power", at(1)));

        assertThat(refused.inFlight(AAPL)).isEmpty();
        assertThat(refused.openOrders(AAPL)).isEmpty();
        assertThat(refused.byClientOrderId("e1").orElseThrow().status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test
    void bracketLegsGetTheirRolesFromTheParent() {
        OrderBook book = OrderBook.of(Scenario.bracketEntryFilled());

        TrackedOrder takeProfit = book.byClientOrderId(Scenario.TP_ID).orElseThrow();
        TrackedOrder stopLoss = book.byClientOrderId(Scenario.SL_ID).orElseThrow();
        assertThat(book.byClientOrderId(Scenario.ENTRY_ID).orElseThrow().role()).isEqualTo(OrderRole.ENTRY);
        assertThat(takeProfit.role()).isEqualTo(OrderRole.TAKE_PROFIT_LEG);
        assertThat(stopLoss.role()).isEqualTo(OrderRole.STOP_LOSS_LEG);
        assertThat(stopLoss.purpose()).isEqualTo(OrderPurpose.ENTRY);
        assertThat(stopLoss.layer()).isEqualTo(ExitLayer.EXCHANGE_BRACKET);
        assertThat(book.openOrders(AAPL)).extracting(TrackedOrder::clientOrderId)
                .containsExactlyInAnyOrder(Scenario.TP_ID, Scenario.SL_ID);
    }

    @Test
    void anOcoExitIsATakeProfitParentWithAStopLeg() {
        OrderBook book = OrderBook.of(List.of(
                ocoIntent(AAPL, "rp-1", "59", "233.90", "226.40", at(0)),
                Events.accepted(AAPL, "b-oco", "rp-1", null, Side.SELL, OrderType.LIMIT, OrderClass.OCO, "59",
                        "233.90", null, "new", at(1)),
                Events.accepted(AAPL, "b-oco-sl", "rp-1-sl", "b-oco", Side.SELL, OrderType.STOP, OrderClass.OCO, "59",
                        null, "226.40", "held", at(1))));

        assertThat(book.byClientOrderId("rp-1").orElseThrow().role()).isEqualTo(OrderRole.OCO_TAKE_PROFIT);
        TrackedOrder leg = book.byClientOrderId("rp-1-sl").orElseThrow();
        assertThat(leg.role()).isEqualTo(OrderRole.OCO_STOP_LOSS);
        assertThat(leg.purpose()).isEqualTo(OrderPurpose.REPROTECT);
        assertThat(leg.layer()).isEqualTo(ExitLayer.RISK_SOFT_STOP);
    }

    @Test
    void aReplacedStopLegLivesOnUnderItsNewIdsWithTheSellersPurpose() {
        OrderBook pending = OrderBook.of(Scenario.plus(Scenario.bracketEntryFilled(),
                replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.15", at(10))));
        TrackedOrder old = pending.byClientOrderId(Scenario.SL_ID).orElseThrow();
        assertThat(old.status()).isEqualTo(OrderStatus.PENDING_REPLACE);
        assertThat(old.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(pending.inFlight(AAPL)).containsExactly(old);

        OrderBook book = pending.apply(replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1",
                "227.15", at(11)));

        assertThat(book.byClientOrderId(Scenario.SL_ID).orElseThrow().status()).isEqualTo(OrderStatus.REPLACED);
        TrackedOrder successor = book.byBrokerOrderId("b-trail-1").orElseThrow();
        assertThat(successor.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(successor.role()).isEqualTo(OrderRole.STOP_LOSS_LEG);
        assertThat(successor.parentOrderId()).isEqualTo(Scenario.ENTRY_BROKER_ID);
        assertThat(successor.stopPrice()).isEqualByComparingTo("227.15");
        assertThat(successor.qty()).isEqualByComparingTo("59");
        assertThat(successor.purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(book.inFlight(AAPL)).isEmpty();
    }

    @Test
    void aReplacementThatFilledBeforeItsReplaceWasFoldedStaysFilled() {
        // given a trailing replace in flight, and the replacement's fill folded first (fills and orders are two
        // topics: live, a consumer may read the fill before the replace that created the order)
        OrderBook pending = OrderBook.of(Scenario.plus(Scenario.bracketEntryFilled(),
                replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.15", at(10)),
                sell(AAPL, "x-trail", "b-trail-1", "trail-1", Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59",
                        "227.10", "0", at(12))));

        // when the replace arrives
        OrderBook book = pending.apply(replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1",
                "227.15", at(11)));

        // then the replacement keeps its fill: the same book as in log order (replace, then fill)
        OrderBook inLogOrder = OrderBook.of(Scenario.plus(Scenario.bracketEntryFilled(),
                replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.15", at(10)),
                replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1", "227.15", at(11)),
                sell(AAPL, "x-trail", "b-trail-1", "trail-1", Scenario.ENTRY_BROKER_ID, OrderType.STOP, "59",
                        "227.10", "0", at(12))));
        TrackedOrder successor = book.byBrokerOrderId("b-trail-1").orElseThrow();
        assertThat(successor.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(successor.filledQty()).isEqualByComparingTo("59");
        assertThat(successor.purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(book.openOrders(AAPL)).extracting(TrackedOrder::clientOrderId)
                .isEqualTo(inLogOrder.openOrders(AAPL).stream().map(TrackedOrder::clientOrderId).toList())
                .doesNotContain("trail-1");
    }

    @Test
    void partialFillsAccumulateAndADuplicateExecutionCountsOnce() {
        var partial = fill(AAPL, "x1", "b1", "e1", null, Side.BUY, OrderType.MARKET, "40", "100", "40", "100", "40",
                at(2));
        OrderBook book = OrderBook.of(List.of(entryIntent(AAPL, "e1", "100", "110", "95", at(0)),
                entryAccepted(AAPL, "b1", "e1", "100", at(1)), partial, partial));

        TrackedOrder entry = book.byClientOrderId("e1").orElseThrow();
        assertThat(entry.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(entry.filledQty()).isEqualByComparingTo("40");
        assertThat(entry.remainingQty()).isEqualByComparingTo("60");

        OrderBook done = book.apply(fill(AAPL, "x2", "b1", "e1", null, Side.BUY, OrderType.MARKET, "60", "100.5",
                "100", "100", "100", at(3)));
        assertThat(done.byClientOrderId("e1").orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aFillThatOvertakesTheAcceptanceStillFillsTheIntent() {
        OrderBook book = OrderBook.of(List.of(entryIntent(AAPL, "e1", "10", "110", "95", at(0)),
                Events.buy(AAPL, "x1", "b1", "e1", "10", "100", at(1))));

        assertThat(book.byClientOrderId("e1").orElseThrow().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(book.byBrokerOrderId("b1")).isPresent();
    }
}
