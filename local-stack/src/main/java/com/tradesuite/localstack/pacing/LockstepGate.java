package com.tradesuite.localstack.pacing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The next bar is released only when the suite has finished with the last one: every running service ready, with no
 * input unhandled and no work in hand, the scanner has published the newest bar, and (while the account watcher runs)
 * no intent waits for its outcome and no execution is missing from {@code fills}; past the deadline it releases
 * anyway as a fallback step.
 */
public final class LockstepGate {

    /** The service that writes every broker outcome (acceptances, fills, cancels) to the log. */
    public static final String ACCOUNT_WATCHER = "risk-manager-service";
    public static final String SCANNER = "scanner-service";

    private final Duration deadline;

    /** @param deadline how long one bar may wait before it is released anyway */
    public LockstepGate(Duration deadline) {
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        this.deadline = deadline;
    }

    public Duration deadline() {
        return deadline;
    }

    /** Decides on one observation, {@code waited} after the bar started waiting. */
    public GateVerdict decide(SuiteObservation observation, Duration waited) {
        List<String> blockers = blockers(observation);
        if (blockers.isEmpty()) {
            return new GateVerdict(GateVerdict.Decision.RELEASE, List.of());
        }
        if (waited.compareTo(deadline) >= 0) {
            return new GateVerdict(GateVerdict.Decision.FALLBACK, blockers);
        }
        return new GateVerdict(GateVerdict.Decision.WAIT, blockers);
    }

    /** What is unfinished in the observation, one phrase each; empty when the suite is idle. */
    static List<String> blockers(SuiteObservation observation) {
        List<String> blockers = new ArrayList<>();
        if (!observation.logStable()) {
            blockers.add("log moved during the observation");
        }
        for (ServiceProgress service : observation.services()) {
            if (!service.running()) {
                continue;
            }
            if (!service.ready()) {
                blockers.add(service.service() + " not ready");
            }
            if (service.lag() > 0) {
                blockers.add(service.service() + " lag " + service.lag());
            }
            if (service.pendingWork() > 0) {
                blockers.add(service.service() + " pending work " + service.pendingWork());
            }
        }
        if (observation.running(SCANNER) && !observation.scannerPolledNewestBar()) {
            blockers.add("scanner has not polled the newest bar");
        }
        // Only the account watcher answers intents and logs executions: while it is down nothing can, until its
        // startup catch-up does, so waiting for them would only burn the deadline.
        if (observation.running(ACCOUNT_WATCHER)) {
            if (observation.openIntents() > 0) {
                blockers.add(observation.openIntents() + " intents without an outcome");
            }
            if (observation.unloggedExecutions() > 0) {
                blockers.add(observation.unloggedExecutions() + " orders with executions not on fills");
            }
        }
        return blockers;
    }
}
