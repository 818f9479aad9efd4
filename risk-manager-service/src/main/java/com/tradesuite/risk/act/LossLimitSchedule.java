package com.tradesuite.risk.act;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

/**
 * Runs the loss limits on market time: one check per new bar end of the risk manager's timeframe, so a simulated
 * session latches at the same bar on any machine; a wall-clock timer checks only when no check ran for
 * {@code fallbackAfter} (no bars: a quiet live market, closed hours, an instance whose partitions hold no symbol).
 */
public final class LossLimitSchedule implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LossLimitSchedule.class);

    private final Runnable check;
    private final Duration fallbackAfter;
    private final Clock wallClock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "loss-limits");
        t.setDaemon(true);
        return t;
    });
    /** Bar checks asked for and not finished: the lockstep clock waits for them (pendingWork). */
    private final AtomicInteger pending = new AtomicInteger();
    private Instant lastBarEnd;
    private volatile Instant lastCheckWall;

    /**
     * @param check one read of the account and the rules applied to it ({@link LossLimitWatch#check()})
     * @param fallbackAfter wall-clock time without a check after which the timer checks anyway
     */
    public LossLimitSchedule(Runnable check, Duration fallbackAfter, Clock wallClock) {
        this.check = check;
        this.fallbackAfter = fallbackAfter;
        this.wallClock = wallClock;
    }

    /** Starts the fallback timer. */
    public void start() {
        long period = fallbackAfter.toMillis();
        thread.scheduleWithFixedDelay(() -> {
            if (fallbackDue(wallClock.instant())) {
                runCheck();
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /** A live bar of the timeframe moved market time to {@code barEnd}: the first bar of each new end checks once. */
    public void barClosed(Instant barEnd) {
        if (!advance(barEnd)) {
            return;
        }
        pending.incrementAndGet();
        thread.execute(() -> {
            try {
                runCheck();
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    /** True (and remembered) when {@code barEnd} is later than every bar end already checked. */
    synchronized boolean advance(Instant barEnd) {
        if (lastBarEnd != null && !barEnd.isAfter(lastBarEnd)) {
            return false;
        }
        lastBarEnd = barEnd;
        return true;
    }

    /** True when no check ran for {@code fallbackAfter} of wall-clock time before {@code wallNow}. */
    boolean fallbackDue(Instant wallNow) {
        Instant last = lastCheckWall;
        return last == null || !wallNow.isBefore(last.plus(fallbackAfter));
    }

    /** Bar checks not finished yet. */
    public int pendingWork() {
        return pending.get();
    }

    /** A rebalance: the next bar checks again whatever its time. */
    public synchronized void reset() {
        lastBarEnd = null;
    }

    private void runCheck() {
        lastCheckWall = wallClock.instant();
        try {
            check.run();
        } catch (RuntimeException unexpected) {
            LOG.errorf(unexpected, "loss limit check failed; the next bar or tick tries again");
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
