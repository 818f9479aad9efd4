package com.tradesuite.domain.exit;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.exit.PartialProfitPlan.Stage;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.domain.position.Position;
import com.tradesuite.domain.protection.ProtectionAssessment;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPlan;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** The partial-profit rule, its plan's state machine, its recovery from the log and the risk manager's wait. */
class PartialProfitTest {

    private static final PartialProfitRule RULE = new PartialProfitRule(PartialProfitRule.Settings.defaults());

    /** 10 shares at 100, stop 95 (R = 5), take-profit 115. */
    private static List<EventEnvelope<?>> bracketOf(String qty) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.add(Events.entryIntent(AAPL, "entry-1", qty, "115", "95", at(0)));
        events.add(Events.entryAccepted(AAPL, "b-entry", "entry-1", qty, at(1)));
        events.add(Events.takeProfitLeg(AAPL, "b-tp", "entry-1-tp", "b-entry", qty, "115", at(1)));
        events.add(Events.stopLossLeg(AAPL, "b-sl", "entry-1-sl", "b-entry", qty, "95", at(1)));
        events.add(Events.buy(AAPL, "exec-1", "b-entry", "entry-1", qty, "100", at(2)));
        return events;
    }

    private static PartialProfitRule.Decision evaluate(List<EventEnvelope<?>> given, String close, String range,
                                                       Instant now) {
        TradingState state = TradingState.of(given);
        return RULE.evaluate(state.positions().position(AAPL), state.orders(), dec(close), dec(range), dec("1"), now);
    }

    @Test
    void givenAPositionBelowTwoR_whenABarCloses_thenNoPartialQuietly() {
        PartialProfitRule.Decision decision = evaluate(bracketOf("10"), "109.99", "0.5", at(60));

        assertThat(decision).isInstanceOfSatisfying(PartialProfitRule.Skip.class, skip -> {
            assertThat(skip.check()).isEqualTo("below-r");
            assertThat(skip.quiet()).isTrue();
        });
    }

    @Test
    void givenTwoR_whenABarCloses_thenHalfIsSoldAndTheRestGoesToBreakevenWithTheBracketTarget() {
        PartialProfitRule.Decision decision = evaluate(bracketOf("10"), "110", "0.5", at(60));

        PartialProfitRule.Start start = (PartialProfitRule.Start) decision;
        PartialProfitPlan plan = start.plan();
        assertThat(start.rMultiple()).isEqualByComparingTo("2");
        assertThat(start.cancelBrokerOrderIds()).containsExactlyInAnyOrder("b-tp", "b-sl");
        assertThat(plan.sellQty()).isEqualByComparingTo("5");
        assertThat(plan.newStop()).isEqualByComparingTo("100");
        assertThat(plan.restoreStop()).isEqualByComparingTo("95");
        assertThat(plan.takeProfit()).isEqualByComparingTo("115");
        assertThat(plan.planId()).isEqualTo(ClientOrderIds.forPartialProfit(AAPL, at(2), LocalDate.of(2026, 11, 20)));
        assertThat(plan.saleIntent("r").purpose()).isEqualTo(OrderPurpose.PARTIAL_PROFIT);
        assertThat(plan.saleIntent("r").orderType()).isEqualTo(OrderType.MARKET);
    }

    @Test
    void givenThreeShares_whenTwoR_thenOneIsSoldAndTwoStay_andASingleShareIsNeverSplit() {
        PartialProfitRule.Start three = (PartialProfitRule.Start) evaluate(bracketOf("3"), "110", "0.5", at(60));
        assertThat(three.plan().sellQty()).isEqualByComparingTo("1");

        PartialProfitRule.Decision one = evaluate(bracketOf("1"), "110", "0.5", at(60));
        assertThat(one).isInstanceOfSatisfying(PartialProfitRule.Skip.class,
                skip -> assertThat(skip.check()).isEqualTo("single-share"));
    }

    @Test
    void givenAVeryWideBar_whenTwoR_thenTheCircuitBreakerHoldsThePartialWithAReason() {
        PartialProfitRule.Decision decision = evaluate(bracketOf("10"), "110", "3.5", at(60));

        assertThat(decision).isInstanceOfSatisfying(PartialProfitRule.Skip.class, skip -> {
            assertThat(skip.check()).isEqualTo("volatility");
            assertThat(skip.quiet()).isFalse();
            assertThat(skip.reason()).contains("circuit breaker", "3.5", "3 x ATR");
        });
    }

    @Test
    void givenTodaysPlanOnTheLog_whenTwoRAgainTheSameNewYorkDay_thenNoSecondPartial_butTheNextDayMayHaveOne() {
        List<EventEnvelope<?>> given = bracketOf("10");
        PartialProfitRule.Start start = (PartialProfitRule.Start) evaluate(given, "110", "0.5", at(60));
        given.add(Events.env(AAPL, start.plan().saleIntent("test"), at(60)));
        given.add(Events.rejected(AAPL, start.plan().planId(), "refused", at(61)));

        // Late in the same New York day (20 Nov, 23:00 New York = 04:00Z next day).
        Instant lateSameDay = Instant.parse("2026-11-21T04:00:00Z");
        assertThat(evaluate(given, "111", "0.5", lateSameDay)).isInstanceOfSatisfying(PartialProfitRule.Skip.class,
                skip -> assertThat(skip.check()).isEqualTo("once-per-day"));
        Instant nextDay = Instant.parse("2026-11-23T14:31:00Z");
        assertThat(evaluate(given, "111", "0.5", nextDay)).isInstanceOf(PartialProfitRule.Start.class);
    }

    @Test
    void givenAPlan_whenItMovesAlongTheHappyPath_thenEachStepIsAllowedAndTheEndIsTerminal() {
        PartialProfitPlan plan = PartialProfitPlan.start("p", AAPL, dec("10"), dec("5"), dec("95"), dec("115"),
                dec("100"), at(0));

        PartialProfitPlan done = plan.moveTo(Stage.CANCEL_REQUESTED).moveTo(Stage.LEGS_CANCELED)
                .moveTo(Stage.SALE_SUBMITTED).sold(dec("5")).moveTo(Stage.PROTECTING).moveTo(Stage.PROTECTED);

        assertThat(done.stage().isTerminal()).isTrue();
        assertThat(done.holdsOthersBack(at(1), Duration.ofSeconds(10))).isFalse();
        assertThat(plan.holdsOthersBack(at(9), Duration.ofSeconds(10))).isTrue();
        assertThat(plan.holdsOthersBack(at(10), Duration.ofSeconds(10))).isFalse();
        assertThat(done.protectionIntent().qty()).isEqualByComparingTo("5");
        assertThat(done.protectionIntent().stopLossPrice()).isEqualByComparingTo("100");
        assertThat(done.protectionIntent().takeProfitPrice()).isEqualByComparingTo("115");
        assertThat(done.protectionIntent().orderClass()).isEqualTo(OrderClass.OCO);
    }

    @Test
    void givenAPlan_whenAStepIsSkippedOrRepeated_thenTheMoveIsIllegal() {
        PartialProfitPlan plan = PartialProfitPlan.start("p", AAPL, dec("10"), dec("5"), dec("95"), dec("115"),
                dec("100"), at(0));

        assertThatThrownBy(() -> plan.moveTo(Stage.SALE_SUBMITTED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INTENT_RECORDED to SALE_SUBMITTED");
        assertThatThrownBy(() -> plan.sold(dec("5"))).isInstanceOf(IllegalStateException.class);
        PartialProfitPlan failed = plan.moveTo(Stage.LEGS_CANCELED).moveTo(Stage.SALE_FAILED);
        assertThatThrownBy(() -> failed.moveTo(Stage.PROTECTING)).isInstanceOf(IllegalStateException.class);
        PartialProfitPlan rolledBack = failed.moveTo(Stage.ROLLING_BACK).moveTo(Stage.ROLLED_BACK);
        assertThatThrownBy(() -> rolledBack.moveTo(Stage.ROLLING_BACK)).isInstanceOf(IllegalStateException.class);
        assertThat(rolledBack.rollbackIntent().qty()).isEqualByComparingTo("10");
        assertThat(rolledBack.rollbackIntent().stopLossPrice()).isEqualByComparingTo("95");
    }

    @Test
    void givenAWholeOrNoShareSale_whenAPlanStarts_thenItIsRefused() {
        assertThatThrownBy(() -> PartialProfitPlan.start("p", AAPL, dec("10"), dec("10"), dec("95"), dec("115"),
                dec("100"), at(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialProfitPlan.start("p", AAPL, dec("10"), BigDecimal.ZERO, dec("95"),
                dec("115"), dec("100"), at(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenEachStepOnTheLog_whenTheNextOwnerRecovers_thenItSeesTheStage_andTheRiskManagerWaitsUntilTheGrace() {
        List<EventEnvelope<?>> log = bracketOf("10");
        PartialProfitPlan plan = ((PartialProfitRule.Start) evaluate(log, "110", "0.5", at(60))).plan();
        log.add(Events.env(AAPL, plan.saleIntent("test"), at(60)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.INTENT_RECORDED);

        log.add(Events.cancelRequested(AAPL, "b-tp", OrderPurpose.PARTIAL_PROFIT, at(60)));
        log.add(Events.cancelRequested(AAPL, "b-sl", OrderPurpose.PARTIAL_PROFIT, at(60)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.CANCEL_REQUESTED);

        log.add(Events.canceled(AAPL, "b-tp", "entry-1-tp", at(61)));
        log.add(Events.canceled(AAPL, "b-sl", "entry-1-sl", at(61)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.LEGS_CANCELED);
        ProtectionAudit audit = new ProtectionAudit(new ProtectionPolicy(Duration.ofSeconds(10), Duration.ofSeconds(2),
                Duration.ofSeconds(1), dec("0.02"), dec("2"), Duration.ofSeconds(2), Duration.ofSeconds(8),
                Duration.ofSeconds(10)));
        TradingState unprotected = TradingState.of(log);
        ProtectionAssessment during = audit.assess(position(log), unprotected.orders(), at(65), dec("110"));
        assertThat(during.plan()).isInstanceOfSatisfying(ProtectionPlan.Wait.class,
                wait -> assertThat(wait.reason()).contains("partial-profit plan", "LEGS_CANCELED"));
        ProtectionAssessment expired = audit.assess(position(log), unprotected.orders(), at(70), dec("110"));
        assertThat(expired.plan()).isInstanceOf(ProtectionPlan.Reprotect.class);
        List<EventEnvelope<?>> takenOver = new ArrayList<>(log);
        takenOver.add(Events.env(AAPL, ((ProtectionPlan.Reprotect) expired.plan()).oco().toIntent(), at(70)));
        assertThat(recovered(takenOver).stage()).as("the risk manager re-protected: the plan is over")
                .isEqualTo(Stage.ABORTED);

        log.add(Events.accepted(AAPL, "b-sale", plan.planId(), null, Side.SELL, OrderType.MARKET, OrderClass.SIMPLE,
                "5", null, null, "new", at(61)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.SALE_SUBMITTED);
        EventEnvelope<OrderFilled> saleFill = Events.sell(AAPL, "exec-2", "b-sale", plan.planId(), null,
                OrderType.MARKET, "5", "110", "5", at(61));
        ExitAttributed attributed = ExitAttribution.attribute(saleFill.payload(), position(log),
                TradingState.of(log).orders()).orElseThrow();
        assertThat(attributed.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(attributed.reason()).isEqualTo("partial profit");
        assertThat(attributed.rMultiple()).isEqualByComparingTo("2");
        log.add(saleFill);
        PartialProfitPlan sold = recovered(log);
        assertThat(sold.stage()).isEqualTo(Stage.SOLD);
        assertThat(sold.soldQty()).isEqualByComparingTo("5");
        assertThat(sold.positionQty()).isEqualByComparingTo("10");

        log.add(Events.env(AAPL, sold.protectionIntent(), at(61)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.PROTECTING);
        log.add(Events.accepted(AAPL, "b-oco", sold.protectionIntent().clientOrderId(), null, Side.SELL,
                OrderType.LIMIT, OrderClass.OCO, "5", "115", null, "new", at(62)));
        log.add(Events.accepted(AAPL, "b-oco-sl", "oco-sl", "b-oco", Side.SELL, OrderType.STOP, OrderClass.OCO, "5",
                null, "100", "held", at(62)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.PROTECTED);
        assertThat(PartialProfitPlan.unfinished(position(log), TradingState.of(log).orders(), at(63))).isEmpty();
    }

    @Test
    void givenARejectedSale_whenRecovered_thenTheRollbackProtectsTheWholePositionAtTheOldStop() {
        List<EventEnvelope<?>> log = bracketOf("10");
        PartialProfitPlan plan = ((PartialProfitRule.Start) evaluate(log, "110", "0.5", at(60))).plan();
        log.add(Events.env(AAPL, plan.saleIntent("test"), at(60)));
        log.add(Events.canceled(AAPL, "b-tp", "entry-1-tp", at(61)));
        log.add(Events.canceled(AAPL, "b-sl", "entry-1-sl", at(61)));
        log.add(Events.rejected(AAPL, plan.planId(), "refused", at(61)));

        PartialProfitPlan failed = recovered(log);
        assertThat(failed.stage()).isEqualTo(Stage.SALE_FAILED);
        assertThat(failed.rollbackIntent().qty()).isEqualByComparingTo("10");
        assertThat(failed.rollbackIntent().stopLossPrice()).isEqualByComparingTo("95");
        assertThat(failed.rollbackIntent().takeProfitPrice()).isEqualByComparingTo("115");
        log.add(Events.env(AAPL, failed.rollbackIntent(), at(62)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.ROLLING_BACK);
        log.add(Events.rejected(AAPL, failed.rollbackIntent().clientOrderId(), "refused", at(62)));
        assertThat(recovered(log).stage()).isEqualTo(Stage.ABORTED);
    }

    @Test
    void givenTheStopFilledInsteadOfCanceling_whenRecovered_thenThePlanIsAborted() {
        List<EventEnvelope<?>> log = bracketOf("10");
        PartialProfitPlan plan = ((PartialProfitRule.Start) evaluate(log, "110", "0.5", at(60))).plan();
        log.add(Events.env(AAPL, plan.saleIntent("test"), at(60)));
        log.add(Events.sell(AAPL, "exec-2", "b-sl", "entry-1-sl", "b-entry", OrderType.STOP, "10", "95", "0", at(61)));

        assertThat(recovered(log).stage()).isEqualTo(Stage.ABORTED);
    }

    private static PartialProfitPlan recovered(List<EventEnvelope<?>> log) {
        TradingState state = TradingState.of(log);
        Position position = state.positions().position(AAPL);
        Optional<PartialProfitPlan> plan = PartialProfitPlan.recover(state.orders(), position,
                ClientOrderIds.forPartialProfit(AAPL, at(2), LocalDate.of(2026, 11, 20)), dec("100"));
        return plan.orElseThrow();
    }

    private static Position position(List<EventEnvelope<?>> log) {
        return TradingState.of(log).positions().position(AAPL);
    }
}
