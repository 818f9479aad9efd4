package com.tradesuite.risk.reconcile;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * When the reconciliation runs: once the account watcher has caught up, then every {@code interval}, and at once
 * after a stream reconnect; on its own thread, never while the protection actor is paused (a rebalance).
 */
public final class ReconciliationSchedule implements AutoCloseable {

    private final BrokerReconciler reconciler;
    private final BooleanSupplier active;
    private final Duration interval;
    private final AtomicBoolean started = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "risk-reconciler");
        t.setDaemon(true);
        return t;
    });

    public ReconciliationSchedule(BrokerReconciler reconciler, BooleanSupplier active, Duration interval) {
        this.reconciler = reconciler;
        this.active = active;
        this.interval = interval;
    }

    /** The account watcher caught up: reconcile now, then periodically. A later call (a rebalance) reconciles once. */
    public void start() {
        if (started.compareAndSet(false, true)) {
            thread.scheduleWithFixedDelay(() -> run("periodic"), interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        request("start");
    }

    /** Reconcile as soon as the thread is free (a reconnect: updates may have been missed). */
    public void request(String why) {
        if (!thread.isShutdown()) {
            thread.execute(() -> run(why));
        }
    }

    private void run(String why) {
        if (active.getAsBoolean()) {
            reconciler.reconcile(why);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
