package com.tradesuite.localstack.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LockstepGateTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration SOON = Duration.ofMillis(5);
    private final LockstepGate gate = new LockstepGate(DEADLINE);

    @Test
    void givenAnIdleSuiteWhenObservedThenTheNextBarIsReleased() {
        GateVerdict verdict = gate.decide(idle(), SOON);

        assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.RELEASE);
        assertThat(verdict.blockers()).isEmpty();
    }

    @Test
    void givenAServiceWithUnhandledInputWhenObservedThenTheBarWaitsNamingIt() {
        SuiteObservation lagging = with(idle(), new ServiceProgress("seller-service", true, true, 3, 0, 10));

        GateVerdict verdict = gate.decide(lagging, SOON);

        assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.WAIT);
        assertThat(verdict.blockers()).containsExactly("seller-service lag 3");
    }

    @Test
    void givenWorkInHandOrAServiceNotReadyWhenObservedThenTheBarWaits() {
        SuiteObservation busy = with(with(idle(), new ServiceProgress("risk-manager-service", true, true, 0, 1, 10)),
                new ServiceProgress("buyer-service", true, false, 0, 0, 0));

        assertThat(gate.decide(busy, SOON).blockers())
                .containsExactlyInAnyOrder("risk-manager-service pending work 1", "buyer-service not ready");
    }

    @Test
    void givenAnIntentWithoutOutcomeOrAnExecutionNotOnFillsWhenObservedThenTheBarWaits() {
        SuiteObservation inFlight = new SuiteObservation(allIdle(), 1, 2, true, true);

        assertThat(gate.decide(inFlight, SOON).blockers())
                .containsExactly("1 intents without an outcome", "2 orders with executions not on fills");
    }

    @Test
    void givenTheScannerHasNotPolledTheNewestBarWhenObservedThenTheBarWaits() {
        SuiteObservation behind = new SuiteObservation(allIdle(), 0, 0, false, true);

        assertThat(gate.decide(behind, SOON).blockers()).containsExactly("scanner has not polled the newest bar");
    }

    @Test
    void givenTheLogMovedWhileObservingWhenObservedThenTheBarWaits() {
        SuiteObservation moving = new SuiteObservation(allIdle(), 0, 0, true, false);

        assertThat(gate.decide(moving, SOON).decision()).isEqualTo(GateVerdict.Decision.WAIT);
    }

    @Test
    void givenOnlyTheLogWasReadAndItMovedWhenObservedThenTheBarWaitsForThatAlone() {
        GateVerdict verdict = gate.decide(SuiteObservation.logMoving(), SOON);

        assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.WAIT);
        assertThat(verdict.blockers()).containsExactly("log moved during the observation");
    }

    @Test
    void givenAServiceIsDownWhenObservedThenItIsNotWaitedFor() {
        SuiteObservation sellerDown = with(idle(), ServiceProgress.down("seller-service"));

        assertThat(gate.decide(sellerDown, SOON).decision()).isEqualTo(GateVerdict.Decision.RELEASE);
    }

    @Test
    void givenTheAccountWatcherIsDownWhenIntentsAreOpenThenTheyAreNotWaitedFor() {
        List<ServiceProgress> services = new ArrayList<>(allIdle());
        services.replaceAll(service -> service.service().equals(LockstepGate.ACCOUNT_WATCHER)
                ? ServiceProgress.down(LockstepGate.ACCOUNT_WATCHER) : service);

        GateVerdict verdict = gate.decide(new SuiteObservation(services, 2, 1, true, true), SOON);

        assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.RELEASE);
    }

    @Test
    void givenTheSuiteIsStillBusyAtTheDeadlineWhenObservedThenTheBarIsReleasedAsAFallbackStep() {
        SuiteObservation stuck = new SuiteObservation(allIdle(), 1, 0, true, true);

        GateVerdict verdict = gate.decide(stuck, DEADLINE);

        assertThat(verdict.decision()).isEqualTo(GateVerdict.Decision.FALLBACK);
        assertThat(verdict.releases()).isTrue();
        assertThat(verdict.blockers()).containsExactly("1 intents without an outcome");
    }

    @Test
    void givenANonPositiveDeadlineWhenBuiltThenItIsRefused() {
        assertThatThrownBy(() -> new LockstepGate(Duration.ZERO)).hasMessageContaining("deadline must be positive");
    }

    @Test
    void givenBlockersWithCountsWhenTimedThenTheyAreGroupedByKind() {
        assertThat(Lockstep.kind("seller-service lag 3")).isEqualTo("seller-service lag");
        assertThat(Lockstep.kind("2 intents without an outcome")).isEqualTo("N intents without an outcome");
    }

    private static SuiteObservation idle() {
        return new SuiteObservation(allIdle(), 0, 0, true, true);
    }

    private static List<ServiceProgress> allIdle() {
        return List.of("scanner-service", "buyer-service", "seller-service", "risk-manager-service", "monitor-service")
                .stream().map(name -> new ServiceProgress(name, true, true, 0, 0, 100)).toList();
    }

    private static SuiteObservation with(SuiteObservation observation, ServiceProgress replaced) {
        List<ServiceProgress> services = new ArrayList<>(observation.services());
        services.replaceAll(service -> service.service().equals(replaced.service()) ? replaced : service);
        return new SuiteObservation(services, observation.openIntents(), observation.unloggedExecutions(),
                observation.scannerPolledNewestBar(), observation.logStable());
    }
}
