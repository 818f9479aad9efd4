package com.tradesuite.localstack.pacing;

import java.io.PrintStream;
import java.time.Duration;

import com.tradesuite.localstack.LocalStack;
import com.tradesuite.localstack.SessionPlan;
import com.tradesuite.localstack.TradingSession;

/**
 * A backtest on a running local stack: the session's clock moves in lockstep with the suite, so the same bars give
 * the same trades on any machine, and the run ends with its summary once the suite has finished with the last bar.
 */
public final class Backtest {

    /** How long one bar may wait for the suite before it is released anyway (a fallback step). */
    public static final Duration BAR_DEADLINE = Duration.ofSeconds(30);

    private Backtest() {
    }

    /**
     * Plays the session plan in lockstep (the same {@link TradingSession#play} as a timed session), printing
     * progress; returns the summary.
     */
    public static BacktestSummary run(LocalStack stack, SessionPlan plan, PrintStream out) {
        try (SuiteProbe probe = new SuiteProbe(stack)) {
            Lockstep pacer = new Lockstep(probe::observe, new LockstepGate(BAR_DEADLINE), out);
            long handledBefore = probe.observe().handledEvents();
            probe.resetTimings();
            long started = System.nanoTime();
            new TradingSession(stack.exchange(), pacer).play(plan, out);
            Duration real = Duration.ofNanos(System.nanoTime() - started);
            return new BacktestSummary(pacer.stats(), pacer.lastObservation().handledEvents() - handledBefore, real,
                    probe.timings());
        }
    }
}
