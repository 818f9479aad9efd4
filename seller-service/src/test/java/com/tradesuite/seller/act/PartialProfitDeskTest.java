package com.tradesuite.seller.act;

import static com.tradesuite.seller.SellerScenario.AAPL;
import static com.tradesuite.seller.SellerScenario.bar;
import static com.tradesuite.seller.SellerScenario.bracketPosition;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.error.RejectedException;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.domain.Events;
import com.tradesuite.domain.exit.PartialProfitRule;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.seller.SellerScenario;
import com.tradesuite.seller.config.PartialProfitSettings;
import com.tradesuite.service.broker.BrokerPort;
import com.tradesuite.service.log.EventLog;
import com.tradesuite.service.testkit.FakeBroker;

/**
 * The seller's partial profits with the test kit's fake broker: intent first, cancels, sale, then the OCO of the
 * rest; a refused sale rolls back; HALTED starts no plan; the trailing stop waits while a plan runs.
 */
class PartialProfitDeskTest {

    /** 10 shares at 100, stop 95 (R = 5): 2R is a close of 110. */
    private static final String PLAN_ID = ClientOrderIds.forPartialProfit(AAPL, SellerScenario.T0,
            LocalDate.of(2026, 11, 20));

    private final FakeBroker broker = new FakeBroker();
    private final List<EventEnvelope<?>> appended = new ArrayList<>();
    private final SellerCore core = new SellerCore(SellerScenario.settings(), new PartialProfitSettings(true,
            PartialProfitRule.Settings.defaults(), Duration.ofMillis(200), Duration.ofMinutes(2)), new EventLog() {
                @Override
                public <E extends Event> void append(Topic<E> topic, EventEnvelope<? extends E> envelope) {
                    assertThat(topic).isEqualTo(TopicCatalog.ORDERS);
                    appended.add(envelope);
                    broker.calls.add("append " + envelope.eventId());
                }
            }, broker);

    private void givenAPositionWithAtrOne() {
        bracketPosition("95").forEach(event -> core.onEvent(event, true));
        core.onEvent(bar(0, "100"), true);
        core.onEvent(bar(1, "100"), true);
        core.onEvent(bar(2, "100"), true);
        broker.calls.clear();
    }

    @Test
    void givenTwoR_whenTheBarCloses_thenIntentCancelsSaleAndTheRestsOcoGoOutInThatOrder() {
        givenAPositionWithAtrOne();
        broker.progress.put(PLAN_ID, new BrokerPort.OrderProgress("b-sale", OrderStatus.FILLED, new BigDecimal("5")));

        core.onEvent(bar(3, "110"), false);

        String oco = ClientOrderIds.forPartialProtection(PLAN_ID);
        assertThat(broker.calls).containsExactly("append intent:" + PLAN_ID,
                "append intent:" + PLAN_ID + ":cancel:b-sl", "cancel b-sl",
                "append intent:" + PLAN_ID + ":cancel:b-tp", "cancel b-tp",
                "submit " + PLAN_ID, "append intent:" + oco, "submit " + oco);
        OrderIntentRecorded sale = (OrderIntentRecorded) appended.get(0).payload();
        assertThat(sale.purpose()).isEqualTo(OrderPurpose.PARTIAL_PROFIT);
        assertThat(sale.qty()).isEqualByComparingTo("5");
        assertThat(appended.get(2).payload()).isInstanceOfSatisfying(OrderCancelRequested.class,
                cancel -> assertThat(cancel.purpose()).isEqualTo(OrderPurpose.PARTIAL_PROFIT));
        OrderIntentRecorded rest = (OrderIntentRecorded) appended.get(3).payload();
        assertThat(rest.qty()).isEqualByComparingTo("5");
        assertThat(rest.stopLossPrice()).isEqualByComparingTo("100");
        assertThat(rest.takeProfitPrice()).isEqualByComparingTo("130");
        assertThat(broker.submitted.get(1).clientOrderId()).isEqualTo(oco);
    }

    @Test
    void givenTheBrokerRefusesTheSale_whenThePlanRuns_thenTheRefusalIsLoggedAndTheWholePositionIsProtectedAgain() {
        givenAPositionWithAtrOne();
        broker.submitFailures.add(new RejectedException(422, 42210000L, "market closed", null));

        core.onEvent(bar(3, "110"), false);

        String rollback = ClientOrderIds.forPartialRollback(PLAN_ID);
        assertThat(broker.calls).endsWith("submit " + PLAN_ID, "append intent:" + PLAN_ID + ":rejected",
                "append intent:" + rollback, "submit " + rollback);
        assertThat(appended).anySatisfy(event -> assertThat(event.payload()).isInstanceOf(OrderRejected.class));
        OrderIntentRecorded whole = (OrderIntentRecorded) appended.get(appended.size() - 1).payload();
        assertThat(whole.qty()).isEqualByComparingTo("10");
        assertThat(whole.stopLossPrice()).isEqualByComparingTo("95");
        assertThat(whole.takeProfitPrice()).isEqualByComparingTo("130");
    }

    @Test
    void givenTradingHalted_whenTwoR_thenNoPlanStarts_butReducingAllowsIt() {
        givenAPositionWithAtrOne();
        core.onEvent(EventEnvelope.withId("ts-1", new TradingStateChanged("halt-1", 1, TradingStatus.HALTED, "halt",
                TradingStateSetBy.OPERATOR, false, null), AAPL, "risk", Events.T0, null, null), false);

        core.onEvent(bar(3, "110"), false);
        assertThat(broker.calls).noneMatch(call -> call.startsWith("submit") || call.contains(PLAN_ID));
        // The trailing stop is protective: it still moves while halted. The account watcher confirms it.
        String trailed = broker.calls.stream().filter(call -> call.startsWith("replace b-sl")).findFirst()
                .orElseThrow().split(" ")[2];
        core.onEvent(Events.replaced(AAPL, "b-sl", SellerScenario.SL_ID, "b-sl-2", trailed, "108", Events.T0), false);

        core.onEvent(EventEnvelope.withId("ts-2", new TradingStateChanged("reduce-1", 2, TradingStatus.REDUCING,
                "reduce", TradingStateSetBy.OPERATOR, false, null), AAPL, "risk", Events.T0, null, null), false);
        broker.progress.put(PLAN_ID, new BrokerPort.OrderProgress("b-sale", OrderStatus.FILLED, new BigDecimal("5")));
        core.onEvent(bar(4, "110"), false);
        assertThat(broker.calls).contains("append intent:" + PLAN_ID, "submit " + PLAN_ID);
    }

    @Test
    void givenTheCancelIsNotConfirmed_whenTheNextBarCloses_thenTheTrailWaitsForThePlanAndNoSecondPlanStarts() {
        givenAPositionWithAtrOne();
        broker.defaultStatus = OrderStatus.PENDING_CANCEL;

        core.onEvent(bar(3, "110"), false);
        assertThat(broker.calls).doesNotContain("submit " + PLAN_ID).noneMatch(call -> call.startsWith("replace"));

        broker.calls.clear();
        core.onEvent(bar(4, "111"), false);
        // Within the plan's grace: the plan is carried on (its cancels sent again, no new intent), the trail waits.
        assertThat(broker.calls).contains("cancel b-tp", "cancel b-sl").noneMatch(call -> call.startsWith("replace")
                || call.startsWith("append"));
    }
}
