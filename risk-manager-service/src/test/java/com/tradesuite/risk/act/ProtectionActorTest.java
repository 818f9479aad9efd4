package com.tradesuite.risk.act;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.T0;
import static com.tradesuite.domain.Scenario.ENTRY_BROKER_ID;
import static com.tradesuite.domain.Scenario.SL_BROKER_ID;
import static com.tradesuite.domain.Scenario.SL_ID;
import static com.tradesuite.domain.Scenario.TP_BROKER_ID;
import static com.tradesuite.domain.Scenario.TP_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.domain.Events;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.exit.FallbackExitRule;
import com.tradesuite.domain.exit.FlattenRule;
import com.tradesuite.domain.exit.HardStopRule;
import com.tradesuite.domain.mode.OperatorChange;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.risk.RecordingLog;
import com.tradesuite.risk.decide.ExitMonitor;
import com.tradesuite.risk.state.RiskState;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.event.TradingStatus;

import com.tradesuite.service.testkit.FakeBroker;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Layer 3's decisions carried out against an in-memory log and broker: the fallback exit (a gap through a stop that
 * does not fire cannot be produced at the paper exchange), the emergency hard stop and the re-protection.
 */
class ProtectionActorTest {

    /** The correlation id the scenario's entry was recorded with. */
    private static final String SIGNAL = "corr-AAPL";
    private static final String SYMBOL = AAPL;
    private final RiskState state = new RiskState();
    private final RecordingLog log = new RecordingLog(state);
    private final FakeBroker broker = new FakeBroker();
    private final List<String> decisions = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProtectionGapMeter gapMeter = new ProtectionGapMeter(Clock.systemUTC(), meters);
    private final ProtectionAudit audit = new ProtectionAudit(ProtectionPolicy.defaults());
    private final List<String> statusLines = new CopyOnWriteArrayList<>();
    private ProtectionActor actor;

    @BeforeEach
    void protectedPositionOf59At228_93() {
        Scenario.bracketEntryFilled().forEach(state::apply);
        // Market time T0 from the minute bar before (the scenario's test ids are no broker facts, which move it too).
        state.apply(bar(-60, "228.93"));
        // The broker confirms each cancel on the log at once, as the account watcher would.
        broker.onCancel = id -> state.orderByBrokerId(id).ifPresent(order -> state.apply(EventEnvelope.withId(
                "order:" + id + ":canceled", new OrderCanceled(id, order.clientOrderId(), "canceled"),
                order.symbol(), "risk-manager-service", state.marketTime(), null, null)));
        DecisionJournal journal = new DecisionJournal((decision, symbol, correlationId, reason) ->
                decisions.add(decision + " " + symbol + " " + correlationId));
        PlanExecutor executor = new PlanExecutor(log, broker, state, journal, Duration.ofSeconds(2));
        ExitMonitor exits = new ExitMonitor(new FallbackExitRule(Duration.ofSeconds(30), Duration.ofSeconds(2)),
                new HardStopRule(new BigDecimal("2"), new BigDecimal("0.05"), Duration.ofSeconds(10)));
        actor = new ProtectionActor(state, log::awaits, audit, exits, executor, journal,
                gapMeter, new ProtectionStatusLine(audit, statusLines::add), Duration.ofSeconds(1), Duration.ZERO);
    }

    @AfterEach
    void stop() {
        actor.close();
    }

    @Test
    void theFallbackWaitsOutTheGraceThenCancelsTheHeldLegsBeforeSellingAtMarket() {
        state.apply(bar(60, "226.00"));
        actor.checkBar(SYMBOL);

        assertThat(broker.calls).isEmpty();
        assertThat(decisions).containsExactly("fallback-wait AAPL " + SIGNAL);

        state.apply(bar(120, "226.00"));
        actor.checkBar(SYMBOL);

        assertThat(decisions).contains("fallback-exit AAPL " + SIGNAL);
        List<Object> written = log.payloads();
        assertThat(written).hasSize(3);
        assertThat(written.subList(0, 2)).allSatisfy(payload -> assertThat(payload)
                .isInstanceOf(OrderCancelRequested.class));
        assertThat(written.subList(0, 2)).extracting(p -> ((OrderCancelRequested) p).brokerOrderId())
                .containsExactlyInAnyOrder(TP_BROKER_ID, SL_BROKER_ID);
        OrderIntentRecorded intent = (OrderIntentRecorded) written.get(2);
        assertThat(intent.purpose()).isEqualTo(OrderPurpose.FALLBACK_EXIT);
        assertThat(intent.qty()).isEqualByComparingTo("59");
        assertThat(log.appended().get(2).envelope().correlationId()).isEqualTo(SIGNAL);
        // Cancels confirmed first, then the one market sell under the intent's client order id.
        assertThat(broker.calls).containsExactlyInAnyOrder("cancel " + TP_BROKER_ID, "cancel " + SL_BROKER_ID,
                "submit " + intent.clientOrderId());
        assertThat(broker.calls.get(2)).isEqualTo("submit " + intent.clientOrderId());
        assertThat(broker.submitted).singleElement().satisfies(request -> {
            assertThat(request.side()).isEqualTo(OrderSide.SELL);
            assertThat(request.type()).isEqualTo(OrderType.MARKET);
            assertThat(request.qty()).isEqualByComparingTo("59");
        });
    }

    @Test
    void aPriceAboveTheStopClearsTheBreach() {
        state.apply(bar(60, "226.00"));
        actor.checkBar(SYMBOL);
        state.apply(bar(120, "227.00"));
        actor.checkBar(SYMBOL);
        state.apply(bar(180, "226.00"));
        actor.checkBar(SYMBOL);

        assertThat(broker.calls).isEmpty();
        assertThat(decisions).containsExactly("fallback-wait AAPL " + SIGNAL, "fallback-clear AAPL " + SIGNAL,
                "fallback-wait AAPL " + SIGNAL);
    }

    @Test
    void theHardStopExitsAtOnceBelowTwoR() {
        state.apply(bar(60, "223.50"));
        actor.checkBar(SYMBOL);

        assertThat(decisions).containsExactly("emergency-exit AAPL " + SIGNAL);
        OrderIntentRecorded intent = (OrderIntentRecorded) log.payloads().get(2);
        assertThat(intent.purpose()).isEqualTo(OrderPurpose.EMERGENCY_EXIT);
        assertThat(broker.calls).last().isEqualTo("submit " + intent.clientOrderId());
    }

    @Test
    void anUnprotectedPositionIsReprotectedWithOneOcoAndRetriedWithAFreshIdAfterAnInsufficientQtyRefusal() {
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));
        broker.submitFailures.add(new InsufficientQtyException(40310000L, "insufficient qty available", "{}",
                SYMBOL, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, List.of("X9")));

        actor.auditAll();

        OrderIntentRecorded first = (OrderIntentRecorded) log.payloads().get(0);
        assertThat(first.purpose()).isEqualTo(OrderPurpose.REPROTECT);
        assertThat(first.orderClass()).isEqualTo(com.tradesuite.schemas.event.OrderClass.OCO);
        assertThat(first.qty()).isEqualByComparingTo("59");
        assertThat(first.stopLossPrice()).isEqualByComparingTo("226.40");
        assertThat(first.takeProfitPrice()).isEqualByComparingTo("233.90");
        assertThat(log.payloads().get(1)).isInstanceOfSatisfying(OrderRejected.class,
                rejected -> assertThat(rejected.clientOrderId()).isEqualTo(first.clientOrderId()));
        assertThat(decisions).containsExactly("reprotect AAPL " + SIGNAL, "insufficient-qty AAPL " + SIGNAL);

        // at once: the refused attempt earns a backoff, nothing is placed
        actor.auditAll();
        assertThat(log.payloads()).hasSize(2);
        assertThat(decisions).last().isEqualTo("protection-backoff AAPL " + SIGNAL);

        // once market time has moved past the backoff: the next attempt of the same id family
        state.apply(bar(600, "228.00"));
        actor.auditAll();

        OrderIntentRecorded second = (OrderIntentRecorded) log.payloads().get(2);
        assertThat(second.clientOrderId()).isNotEqualTo(first.clientOrderId());
        assertThat(gapMeter.current()).as("the position is still waiting for its OCO").containsOnlyKeys(SYMBOL);
        assertThat(meters.find("tradesuite.protection.current.gap").tag("symbol", SYMBOL).gauge())
                .as("the per-position gap gauge").isNotNull();
        assertThat(broker.submitted).hasSize(2).allSatisfy(request -> {
            assertThat(request.orderClass()).isEqualTo(OrderClass.OCO);
            assertThat(request.stopLoss().stopPrice()).isEqualByComparingTo("226.40");
        });
    }

    @Test
    void aShutdownLetsThePlanInFlightPlaceItsProtectionBeforeTheActorStops() {
        // given an unprotected position whose re-protection is in flight at a slow broker
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));
        broker.submitLatency = Duration.ofMillis(500);
        actor.activate();
        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.submitted.isEmpty());

        // when the service stops
        boolean finished = actor.drain(Duration.ofSeconds(10));

        // then the OCO reached the broker and nothing new started
        assertThat(finished).isTrue();
        assertThat(broker.completedSubmits).hasSize(1);
        assertThat(actor.isActive()).isFalse();
    }

    @Test
    void aPlanLongerThanTheShutdownTimeoutIsCutOffAndSaysSo() {
        // given a re-protection stuck at the broker
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));
        broker.submitLatency = Duration.ofSeconds(30);
        actor.activate();
        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.submitted.isEmpty());

        // when the service stops with a short timeout
        boolean finished = actor.drain(Duration.ofMillis(200));

        // then it does not wait for ever: the next owner's audit completes the plan
        assertThat(finished).isFalse();
        assertThat(broker.completedSubmits).isEmpty();
    }

    @Test
    void aPausedActorDoesNotActWhileTheStateIsRebuiltAndActsAgainOnceResumed() {
        actor.activate();
        actor.pause();
        // A rebalance half-way through the replay: the legs look gone.
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));
        actor.requestAudit();
        actor.barClosed(SYMBOL);

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> broker.calls.isEmpty());

        actor.activate();

        await().atMost(Duration.ofSeconds(5)).until(() -> !broker.submitted.isEmpty());
        assertThat(broker.submitted.get(0).orderClass()).isEqualTo(OrderClass.OCO);
    }

    @Test
    void givenAFlattenAllInForceWhenTheAuditRunsThenTheLegsAreCancelledFirstAndThePositionSoldOnceAtMarket() {
        // given an operator's halt with flatten on the fold
        TradingMode mode = TradingMode.initial();
        mode = mode.fold(OperatorChange.request(mode, TradingStatus.HALTED, "desk closing", "op-flat", true));
        TradingMode flattening = mode;
        DecisionJournal journal = new DecisionJournal((decision, symbol, correlationId, reason) ->
                decisions.add(decision + " " + symbol + " " + correlationId));
        PlanExecutor executor = new PlanExecutor(log, broker, state, journal, Duration.ofSeconds(2));
        ProtectionActor flattener = new ProtectionActor(state, log::awaits, audit, new ExitMonitor(
                new FallbackExitRule(Duration.ofSeconds(30), Duration.ofSeconds(2)),
                new HardStopRule(new BigDecimal("2"), new BigDecimal("0.05"), Duration.ofSeconds(10))), executor,
                journal, gapMeter, new ProtectionStatusLine(audit, statusLines::add),
                new FlattenDesk(() -> flattening, new FlattenRule(Duration.ofSeconds(10)), executor, journal,
                        log::awaits), Duration.ofSeconds(1), Duration.ZERO);

        // when the audit runs twice (the second as after a restart: the flatten's intent is on the log)
        flattener.auditAll();
        flattener.auditAll();
        flattener.close();

        // then both legs were cancelled before one FLATTEN market sell of the whole position
        List<Object> written = log.payloads();
        assertThat(written).hasSize(3);
        assertThat(written.subList(0, 2)).extracting(p -> ((OrderCancelRequested) p).brokerOrderId())
                .containsExactlyInAnyOrder(TP_BROKER_ID, SL_BROKER_ID);
        OrderIntentRecorded intent = (OrderIntentRecorded) written.get(2);
        assertThat(intent.purpose()).isEqualTo(OrderPurpose.FLATTEN);
        assertThat(intent.qty()).isEqualByComparingTo("59");
        assertThat(broker.calls).last().isEqualTo("submit " + intent.clientOrderId());
        assertThat(broker.submitted).singleElement().satisfies(request -> {
            assertThat(request.type()).isEqualTo(OrderType.MARKET);
            assertThat(request.side()).isEqualTo(OrderSide.SELL);
        });
        assertThat(decisions).contains("flatten-exit AAPL " + SIGNAL);
    }

    @Test
    void aProtectedPositionIsLeftAloneAndTheVerdictLoggedOnce() {
        actor.auditAll();
        actor.auditAll();

        assertThat(broker.calls).isEmpty();
        assertThat(log.appended()).isEmpty();
        assertThat(decisions).containsExactly("protection-ok AAPL " + SIGNAL);
        assertThat(state.orderByBrokerId(ENTRY_BROKER_ID)).isPresent();
    }

    @Test
    void givenARefusedReprotectionTheLogHasNotFoldedYet_whenTheNextAuditRuns_thenTheSameIntentIsNotSentAgain() {
        // given an actor whose appends reach the state only when the log folds them (a real log lags)
        RecordingLog lagging = new RecordingLog(null);
        DecisionJournal journal = new DecisionJournal((decision, symbol, correlationId, reason) ->
                decisions.add(decision + " " + symbol + " " + correlationId));
        ProtectionActor lagged = new ProtectionActor(state, lagging::awaits, audit, new ExitMonitor(
                new FallbackExitRule(Duration.ofSeconds(30), Duration.ofSeconds(2)),
                new HardStopRule(new BigDecimal("2"), new BigDecimal("0.05"), Duration.ofSeconds(10))),
                new PlanExecutor(lagging, broker, state, journal, Duration.ofSeconds(2)), journal, gapMeter,
                new ProtectionStatusLine(audit, line -> { }), Duration.ofSeconds(1), Duration.ZERO);
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));
        broker.submitFailures.add(new InsufficientQtyException(40310000L, "insufficient qty available", "{}",
                SYMBOL, BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.TEN, List.of("X9")));
        lagged.auditAll();

        // when the next audit comes before the intent and its rejection are folded
        lagged.auditAll();

        // then it waits instead of sending the same client order id again
        assertThat(broker.submitted).hasSize(1);
        assertThat(decisions).last().isEqualTo("protection-wait AAPL " + SIGNAL);

        // and once folded, the refusal earns its backoff
        lagging.foldInto(state);
        lagged.auditAll();
        assertThat(broker.submitted).hasSize(1);
        assertThat(decisions).last().isEqualTo("protection-backoff AAPL " + SIGNAL);
        lagged.close();
    }

    @Test
    void givenAnUnchangedProtectedPosition_whenAuditedEverySecond_thenTheStatusLineIsPrintedOnce() {
        // when
        actor.auditAll();
        actor.auditAll();
        actor.auditAll();

        // then
        assertThat(statusLines).containsExactly("Protection: 1 protected, 0 FAILED");
    }

    @Test
    void givenAPositionWhoseLegsWereCancelled_whenAuditsReprotectIt_thenTheLinePrintsTheFailureAndTheRecovery() {
        // given
        actor.auditAll();
        state.apply(canceled(TP_BROKER_ID, TP_ID));
        state.apply(canceled(SL_BROKER_ID, SL_ID));

        // when: one audit re-protects, the broker accepts the OCO, the next audits see it live
        actor.auditAll();
        String oco = log.payloads().stream().filter(OrderIntentRecorded.class::isInstance)
                .map(OrderIntentRecorded.class::cast).findFirst().orElseThrow().clientOrderId();
        state.apply(ocoAccepted("O1", oco, null, com.tradesuite.schemas.event.OrderType.LIMIT, "new"));
        state.apply(ocoAccepted("O2", oco + "-stop", "O1", com.tradesuite.schemas.event.OrderType.STOP, "held"));
        actor.auditAll();
        actor.auditAll();

        // then
        assertThat(broker.submitted).hasSize(1);
        assertThat(statusLines).containsExactly("Protection: 1 protected, 0 FAILED",
                "Protection: 0 protected, 1 FAILED", "Protection: 1 protected, 0 FAILED");
    }

    @Test
    void givenARebuiltState_whenTheActorResumes_thenItsFirstAuditPrintsTheLineAgain() {
        // given
        actor.auditAll();

        // when
        actor.pause();
        actor.auditAll();

        // then
        assertThat(statusLines).containsExactly("Protection: 1 protected, 0 FAILED",
                "Protection: 1 protected, 0 FAILED");
    }

    private static EventEnvelope<BarClosed> bar(int secondsAfterT0, String close) {
        return Events.env(SYMBOL, Events.bar(T0.plusSeconds(secondsAfterT0), close, close, close, close),
                T0.plusSeconds(secondsAfterT0 + 60L));
    }

    /** The broker's acceptance of one order of an OCO exit of 59 (take-profit 233.90, stop 226.40). */
    private static EventEnvelope<OrderAccepted> ocoAccepted(String id, String coid, String parent,
                                                           com.tradesuite.schemas.event.OrderType type, String status) {
        boolean stop = type == com.tradesuite.schemas.event.OrderType.STOP;
        OrderAccepted accepted = new OrderAccepted(id, coid, parent, Side.SELL, type,
                com.tradesuite.schemas.event.OrderClass.OCO, Events.dec("59"), stop ? null : Events.dec("233.90"),
                stop ? Events.dec("226.40") : null, status);
        return EventEnvelope.withId("order:" + id + ":" + status, accepted, SYMBOL, "risk-manager-service",
                T0.plusSeconds(6), null, id);
    }

    private static EventEnvelope<OrderCanceled> canceled(String id, String coid) {
        return EventEnvelope.withId("order:" + id + ":canceled", new OrderCanceled(id, coid, "canceled"), SYMBOL,
                "risk-manager-service", T0.plusSeconds(5), null, null);
    }
}
