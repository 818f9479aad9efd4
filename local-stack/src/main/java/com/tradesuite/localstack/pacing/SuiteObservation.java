package com.tradesuite.localstack.pacing;

import java.util.List;

/**
 * What the suite is doing between two bars, gathered by {@link SuiteProbe} and judged by {@link LockstepGate}.
 *
 * @param services each service's progress on its inputs
 * @param openIntents orders on {@code orders} whose intent, cancel or replace has no outcome yet
 * @param unloggedExecutions exchange orders with executions that {@code fills} does not hold yet
 * @param scannerPolledNewestBar true when the scanner has published the exchange's newest bar of every symbol
 * @param logStable true when no topic grew while the observation was taken (so it is one consistent moment)
 */
public record SuiteObservation(List<ServiceProgress> services, int openIntents, int unloggedExecutions,
                               boolean scannerPolledNewestBar, boolean logStable) {

    public SuiteObservation {
        services = List.copyOf(services);
    }

    /** The log grew since the previous read and nothing else was asked: the suite is busy, the bar waits. */
    public static SuiteObservation logMoving() {
        return new SuiteObservation(List.of(), 0, 0, false, false);
    }

    /** True when the named service has a running instance. */
    public boolean running(String service) {
        return services.stream().anyMatch(progress -> progress.service().equals(service) && progress.running());
    }

    /** Events every service has handled, summed. */
    public long handledEvents() {
        return services.stream().mapToLong(ServiceProgress::handledEvents).sum();
    }
}
