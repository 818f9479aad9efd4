package com.tradesuite.domain.protection;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProtectionAuditTest {

    private static final ProtectionPolicy POLICY = new ProtectionPolicy(Duration.ofSeconds(10), Duration.ofSeconds(2),
            Duration.ofSeconds(30), dec("0.02"), dec("2"), Duration.ofSeconds(2), Duration.ofSeconds(8));
    private final ProtectionAudit audit = new ProtectionAudit(POLICY);

    private ProtectionAssessment assess(List<EventEnvelope<?>> given, int atSecond, String lastPrice) {
        TradingState state = TradingState.of(given);
        return audit.assess(state.positions().position(AAPL), state.orders(), at(atSecond),
                lastPrice == null ? null : dec(lastPrice));
    }

    @Test
    void aFilledBracketWithBothLegsLiveIsProtected() {
        ProtectionAssessment result = assess(Scenario.bracketEntryFilled(), 5, "229.00");

        assertThat(result.status()).isEqualTo(new ProtectionStatus.Protected(dec("59"), dec("59")));
        assertThat(result.plan()).isInstanceOf(ProtectionPlan.NoAction.class);
    }

    @Test
    void seedIncidentTakeProfitHoldsTheSharesAndNoStopIsLive() {
        ProtectionAssessment result = assess(Scenario.takeProfitHoldsSharesNoStop(), 5, "229.00");

        assertThat(result.status()).isInstanceOfSatisfying(ProtectionStatus.Unprotected.class, gap -> {
            assertThat(gap.missingQty()).isEqualByComparingTo("59");
            assertThat(gap.reason()).contains("TAKE_PROFIT_LEG", Scenario.TP_ID, "no stop");
        });
        ProtectionPlan.Reprotect plan = (ProtectionPlan.Reprotect) result.plan();
        assertThat(plan.cancelBrokerOrderIds()).containsExactly(Scenario.TP_BROKER_ID);
        OrderIntentRecorded oco = plan.oco().toIntent();
        assertThat(oco.orderClass()).isEqualTo(OrderClass.OCO);
        assertThat(oco.purpose()).isEqualTo(OrderPurpose.REPROTECT);
        assertThat(oco.side()).isEqualTo(Side.SELL);
        assertThat(oco.qty()).isEqualByComparingTo("59");
        assertThat(oco.takeProfitPrice()).isEqualByComparingTo("233.90");
        assertThat(oco.stopLossPrice()).isEqualByComparingTo("226.40");
        assertThat(oco.clientOrderId()).isEqualTo(
                ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, AAPL, at(2), 0));
    }

    @Test
    void afterTheOcoIsLiveThePositionIsProtectedAgain() {
        List<EventEnvelope<?>> given = Scenario.takeProfitHoldsSharesNoStop();
        OcoExitPlan oco = ((ProtectionPlan.Reprotect) assess(given, 5, "229.00").plan()).oco();
        List<EventEnvelope<?>> inFlight = Scenario.plus(given,
                Events.env(AAPL, oco.toIntent(), at(6)),
                Events.cancelRequested(AAPL, Scenario.TP_BROKER_ID, OrderPurpose.REPROTECT, at(6)));
        assertThat(assess(inFlight, 7, "229.00").plan()).isInstanceOf(ProtectionPlan.Wait.class);

        List<EventEnvelope<?>> done = Scenario.plus(inFlight,
                Events.canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(7)),
                Events.accepted(AAPL, "b-oco", oco.clientOrderId(), null, Side.SELL, OrderType.LIMIT, OrderClass.OCO,
                        "59", "233.90", null, "new", at(8)),
                Events.accepted(AAPL, "b-oco-sl", "oco-sl", "b-oco", Side.SELL, OrderType.STOP, OrderClass.OCO, "59",
                        null, "226.40", "held", at(8)));

        assertThat(assess(done, 9, "229.00").status()).isEqualTo(new ProtectionStatus.Protected(dec("59"), dec("59")));
    }

    @Test
    void anAcceptedOcoCountsAsProtectionBeforeItsStopLegsAcceptanceIsFolded() {
        // given: the re-protection OCO's parent was accepted; the account watcher's event for its stop leg is
        // still on its way (two events for one broker order group)
        List<EventEnvelope<?>> given = Scenario.takeProfitHoldsSharesNoStop();
        OcoExitPlan oco = ((ProtectionPlan.Reprotect) assess(given, 5, "229.00").plan()).oco();
        List<EventEnvelope<?>> parentOnly = Scenario.plus(given,
                Events.env(AAPL, oco.toIntent(), at(6)),
                Events.cancelRequested(AAPL, Scenario.TP_BROKER_ID, OrderPurpose.REPROTECT, at(6)),
                Events.canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(7)),
                Events.accepted(AAPL, "b-oco", oco.clientOrderId(), null, Side.SELL, OrderType.LIMIT, OrderClass.OCO,
                        "59", "233.90", null, "new", at(8)));

        // when / then: protected, so the audit does not cancel its own OCO and place another
        ProtectionAssessment result = assess(parentOnly, 8, "229.00");
        assertThat(result.status()).isInstanceOf(ProtectionStatus.Protected.class);
        assertThat(result.plan()).isInstanceOf(ProtectionPlan.NoAction.class);
    }

    @Test
    void aRejectedReprotectionIsRetriedUnderAFreshClientOrderId() {
        List<EventEnvelope<?>> given = Scenario.takeProfitHoldsSharesNoStop();
        OcoExitPlan first = ((ProtectionPlan.Reprotect) assess(given, 5, "229.00").plan()).oco();

        OcoExitPlan second = ((ProtectionPlan.Reprotect) assess(Scenario.plus(given,
                Events.env(AAPL, first.toIntent(), at(6)),
                Events.rejected(AAPL, first.clientOrderId(), "insufficient qty available", at(6))), 8, "229.00")
                .plan()).oco();

        assertThat(second.clientOrderId()).isNotEqualTo(first.clientOrderId())
                .isEqualTo(ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, AAPL, at(2), 1));
    }

    @Test
    void aRefusedReprotectionBacksOffAndEachFurtherRefusalDoublesTheWaitUpToTheCap() {
        // given: every re-protection of the position is refused by the broker
        List<EventEnvelope<?>> history = new java.util.ArrayList<>(Scenario.takeProfitHoldsSharesNoStop());
        int second = 5;
        List<Integer> waits = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            // when: the audit runs every second until it plans the next attempt
            ProtectionPlan plan = assess(history, second, "229.00").plan();
            int waited = 0;
            while (plan instanceof ProtectionPlan.Backoff backoff) {
                assertThat(backoff.failures()).isEqualTo(attempt);
                assertThat(backoff.reason()).contains("refused", "next attempt at");
                waited++;
                plan = assess(history, ++second, "229.00").plan();
            }
            waits.add(waited);
            OcoExitPlan oco = ((ProtectionPlan.Reprotect) plan).oco();
            // then: the attempts stay in one deterministic id family
            assertThat(oco.clientOrderId()).isEqualTo(
                    ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, AAPL, at(2), attempt));
            history.add(Events.env(AAPL, oco.toIntent(), at(second)));
            history.add(Events.rejected(AAPL, oco.clientOrderId(), "insufficient qty available", at(second)));
        }
        // and: no wait before the first attempt, then 2 s, 4 s, 8 s (the cap), 8 s
        assertThat(waits).containsExactly(0, 2, 4, 8, 8);
    }

    @Test
    void aProtectedStretchBetweenTwoReprotectionsEndsTheBackoff() {
        List<EventEnvelope<?>> given = Scenario.takeProfitHoldsSharesNoStop();
        OcoExitPlan first = ((ProtectionPlan.Reprotect) assess(given, 5, "229.00").plan()).oco();
        List<EventEnvelope<?>> accepted = Scenario.plus(given,
                Events.env(AAPL, first.toIntent(), at(6)),
                Events.accepted(AAPL, "b-oco", first.clientOrderId(), null, Side.SELL, OrderType.LIMIT, OrderClass.OCO,
                        "59", "233.90", null, "new", at(6)),
                Events.canceled(AAPL, "b-oco", first.clientOrderId(), at(7)));

        assertThat(assess(accepted, 7, "229.00").plan()).isInstanceOf(ProtectionPlan.Reprotect.class);
    }

    @Test
    void aPartialFillResizesTheProtectionNeed() {
        List<EventEnvelope<?>> partial = List.of(
                Events.entryIntent(AAPL, "e1", "100", "110.00", "95.00", at(0)),
                Events.entryAccepted(AAPL, "b-e1", "e1", "100", at(1)),
                Events.takeProfitLeg(AAPL, "b-e1-tp", "e1-tp", "b-e1", "100", "110.00", at(1)),
                Events.stopLossLeg(AAPL, "b-e1-sl", "e1-sl", "b-e1", "100", "95.00", at(1)),
                Events.fill(AAPL, "x1", "b-e1", "e1", null, Side.BUY, OrderType.MARKET, "40", "100.00", "40", "100",
                        "40", at(2)));

        ProtectionAssessment filling = assess(partial, 10, "100.10");
        assertThat(filling.status()).isInstanceOfSatisfying(ProtectionStatus.Unprotected.class,
                gap -> assertThat(gap.missingQty()).isEqualByComparingTo("40"));
        assertThat(filling.plan()).isInstanceOf(ProtectionPlan.Wait.class);

        // The entry timed out and was cancelled with its legs: the 40 shares need their own OCO.
        List<EventEnvelope<?>> cancelled = Scenario.plus(partial,
                Events.canceled(AAPL, "b-e1", "e1", at(40)),
                Events.canceled(AAPL, "b-e1-tp", "e1-tp", at(40)),
                Events.canceled(AAPL, "b-e1-sl", "e1-sl", at(40)));
        ProtectionPlan.Reprotect plan = (ProtectionPlan.Reprotect) assess(cancelled, 41, "100.10").plan();
        assertThat(plan.cancelBrokerOrderIds()).isEmpty();
        assertThat(plan.oco().qty()).isEqualByComparingTo("40");
        assertThat(plan.oco().stopPrice()).isEqualByComparingTo("95.00");
        assertThat(plan.oco().takeProfitLimit()).isEqualByComparingTo("110.00");

        // Still filling after the grace: cancel the entry remainder and the unarmed legs, protect what filled.
        ProtectionPlan.Reprotect late = (ProtectionPlan.Reprotect) assess(partial, 40, "100.10").plan();
        assertThat(late.cancelBrokerOrderIds()).containsExactlyInAnyOrder("b-e1", "b-e1-tp", "b-e1-sl");
        assertThat(late.oco().qty()).isEqualByComparingTo("40");
    }

    @Test
    void twoIndependentLiveExitsConflictAndTheLowerLayersOneIsCancelled() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.exitIntent(AAPL, "trail-x", OrderPurpose.TRAILING_STOP, OrderType.STOP, "59", "227.00", at(5)),
                Events.accepted(AAPL, "b-trail-x", "trail-x", null, Side.SELL, OrderType.STOP, OrderClass.SIMPLE, "59",
                        null, "227.00", "new", at(6)));

        ProtectionAssessment result = assess(given, 10, "229.00");

        assertThat(result.status()).isInstanceOfSatisfying(ProtectionStatus.ConflictingExits.class,
                conflict -> assertThat(conflict.clientOrderIds())
                        .containsExactlyInAnyOrder(Scenario.TP_ID, Scenario.SL_ID, "trail-x"));
        assertThat(result.plan()).isInstanceOfSatisfying(ProtectionPlan.CancelConflicting.class,
                plan -> assertThat(plan.cancelBrokerOrderIds()).containsExactly("b-trail-x"));
    }

    @Test
    void aHigherLayersIntentInFlightHoldsTheAuditBackUntilItsGraceRunsOut() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.takeProfitHoldsSharesNoStop(),
                Events.exitIntent(AAPL, "emergency-1", OrderPurpose.EMERGENCY_EXIT, OrderType.MARKET, "59", null,
                        at(10)));

        assertThat(assess(given, 15, "229.00").plan()).isInstanceOfSatisfying(ProtectionPlan.Wait.class,
                wait -> assertThat(wait.reason()).contains("RISK_HARD_STOP", "emergency-1"));
        assertThat(assess(given, 20, "229.00").plan()).isInstanceOf(ProtectionPlan.Reprotect.class);
    }

    @Test
    void aLowerLayersIntentInFlightHoldsTheAuditBackOnlyForTheReplaceWindow() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.takeProfitHoldsSharesNoStop(),
                Events.exitIntent(AAPL, "signal-exit-1", OrderPurpose.SIGNAL_EXIT, OrderType.MARKET, "59", null,
                        at(10)));

        assertThat(assess(given, 11, "229.00").plan()).isInstanceOf(ProtectionPlan.Wait.class);
        assertThat(assess(given, 12, "229.00").plan()).isInstanceOf(ProtectionPlan.Reprotect.class);
    }

    @ParameterizedTest
    @EnumSource(value = OrderPurpose.class, names = {"SIGNAL_EXIT", "TIME_EXIT", "MARKET_CLOSE"})
    void givenASellerMarketExitInFlight_whenTheAuditRuns_thenItWaitsOnlyForTheReplaceWindow(OrderPurpose purpose) {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.takeProfitHoldsSharesNoStop(),
                Events.cancelRequested(AAPL, Scenario.TP_BROKER_ID, purpose, at(10)),
                Events.exitIntent(AAPL, "seller-exit-1", purpose, OrderType.MARKET, "59", null, at(10)));

        assertThat(assess(given, 11, "229.00").plan()).isInstanceOfSatisfying(ProtectionPlan.Wait.class,
                wait -> assertThat(wait.reason()).contains("SELLER"));
        assertThat(assess(given, 12, "229.00").plan()).isInstanceOf(ProtectionPlan.Reprotect.class);
    }

    @Test
    void priceAlreadyThroughTheStopMeansExitAtMarketInsteadOfAnOco() {
        ProtectionAssessment result = assess(Scenario.takeProfitHoldsSharesNoStop(), 5, "226.10");

        assertThat(result.plan()).isInstanceOfSatisfying(ProtectionPlan.ExitNow.class, exit -> {
            assertThat(exit.exit().cancelBrokerOrderIds()).containsExactly(Scenario.TP_BROKER_ID);
            assertThat(exit.exit().qty()).isEqualByComparingTo("59");
            assertThat(exit.exit().toIntent().purpose()).isEqualTo(OrderPurpose.FALLBACK_EXIT);
            assertThat(exit.exit().toIntent().orderType()).isEqualTo(OrderType.MARKET);
        });
    }

    @Test
    void reprotectionNeverLoosensAStopThatWasTrailedUp() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "228.50", at(10)),
                Events.replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1", "228.50", at(11)),
                // a partial take-profit fill left 30 shares, but the stop only covers 20 after a broker resize
                Events.accepted(AAPL, "b-trail-1", "trail-1", Scenario.ENTRY_BROKER_ID, Side.SELL, OrderType.STOP,
                        OrderClass.BRACKET, "20", null, "228.50", "held", at(12)));

        ProtectionPlan.Reprotect plan = (ProtectionPlan.Reprotect) assess(given, 20, "230.00").plan();

        assertThat(plan.oco().stopPrice()).isEqualByComparingTo("228.50");
        assertThat(plan.oco().qty()).isEqualByComparingTo("59");
        assertThat(plan.cancelBrokerOrderIds()).containsExactlyInAnyOrder(Scenario.TP_BROKER_ID, "b-trail-1");
    }

    @Test
    void theSummaryCountsProtectedAndUnprotectedPositions() {
        List<EventEnvelope<?>> given = Scenario.plus(Scenario.bracketEntryFilled(),
                Events.buy("MSFT", "x-msft", "b-msft", "manual-msft", "10", "410.00", at(3)));
        TradingState state = TradingState.of(given);

        ProtectionSummary summary = ProtectionSummary.of(state.positions(), state.orders(), audit);

        assertThat(summary).isEqualTo(new ProtectionSummary(1, 1, 0));
        assertThat(summary.describe()).isEqualTo("1 protected, 1 FAILED");
    }
}
