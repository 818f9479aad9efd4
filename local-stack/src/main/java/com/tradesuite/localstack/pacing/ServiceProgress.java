package com.tradesuite.localstack.pacing;

/**
 * How far one service (all its running instances together) has followed the log, as seen between two bars.
 *
 * @param service the service name (its consumer group)
 * @param running true when at least one instance runs; a service that is down is not waited for
 * @param ready true when every running instance has replayed its log and answers
 * @param lag records on its input topics it has not handled yet (partitions no instance owns count in full)
 * @param pendingWork work its instances took from the log and have not finished on another thread
 * @param handledEvents events its instances have handled since they started (for the backtest summary)
 */
public record ServiceProgress(String service, boolean running, boolean ready, long lag, long pendingWork,
                              long handledEvents) {

    /** A service with no running instance. */
    public static ServiceProgress down(String service) {
        return new ServiceProgress(service, false, false, 0, 0, 0);
    }
}
