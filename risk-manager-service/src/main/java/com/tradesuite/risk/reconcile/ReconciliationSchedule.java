package com.tradesuite.risk.reconcile;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * When the reconciliation runs: once the account watcher has caught up, then every {@code interval}, and at once
 * after a stream reconnect; on its own thread, never while the protection actor is paused (a rebalance) and never
 * while the trade-update stream is down (a fill missed meanwhile would look like a change made by hand).
 */
public final class ReconciliationSchedule implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class);

    private final BrokerReconciler reconciler;
    private final BooleanSupplier active;
    private final Duration interval;
    private final AtomicBoolean started = new AtomicBoolean();
    /** The stream listener now listening, or null while the stream is down. */
    private final AtomicReference<Object> listening = new AtomicReference<>();
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

    /** {@code stream} is listening (after its catch-up): reconciliations may run. */
    public void streamUp(Object stream) {
        listening.set(stream);
    }

    /** {@code stream} lost its connection: reconciliations wait for the reconnect, which requests one. */
    public void streamDown(Object stream) {
        listening.compareAndSet(stream, null);
    }

    /** Whether a reconciliation would run now. */
    public boolean ready() {
        return active.getAsBoolean() && listening.get() != null;
    }

    private void run(String why) {
        if (ready()) {
            reconciler.reconcile(why);
        } else {
            LOG.debugf("reconciliation (%s) skipped: the actor is paused or the trade-update stream is down", why);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
