package com.tradesuite.bench.fold;

import java.io.PrintStream;
import java.time.Duration;

import com.tradesuite.bench.Deadline;
import com.tradesuite.bench.PhaseTimeoutException;
import com.tradesuite.bench.Progress;
import com.tradesuite.bench.log.LogEvent;
import com.tradesuite.bench.log.LogGenerator;
import com.tradesuite.domain.TradingState;

/**
 * Part (b): folds {@code history} generated events into TradingState (in memory, no Kafka), then times each of the
 * next {@code samples} applies on its own with System.nanoTime. The same seeded log as the one written to Kafka.
 */
public final class FoldCost {

    private final long seed;
    private final int symbols;
    private final int samples;

    public FoldCost(long seed, int symbols, int samples) {
        this.seed = seed;
        this.symbols = symbols;
        this.samples = samples;
    }

    /** Folds a separate, unreported log first so the JIT has compiled the fold before anything is timed. */
    public void warmUp(long events, Deadline deadline) {
        LogGenerator log = new LogGenerator(seed + 1, symbols, events);
        TradingState state = TradingState.empty();
        for (long i = 0; i < events && log.hasNext(); i++) {
            state = state.apply(log.next().envelope());
            if ((i & 1023) == 0 && deadline.passed()) {
                return;
            }
        }
    }

    public FoldCostResult measure(long history, PrintStream out, Deadline deadline) {
        LogGenerator log = new LogGenerator(seed, symbols, history + samples);
        TradingState state = TradingState.empty();
        Progress progress = new Progress(out, "history folded", history);
        long started = System.nanoTime();
        long folded = 0;
        try {
            while (folded < history && log.hasNext()) {
                state = state.apply(log.next().envelope());
                folded++;
                if ((folded & 1023) == 0) {
                    progress.at(folded);
                    deadline.check();
                }
            }
        } catch (PhaseTimeoutException e) {
            return new FoldCostResult(history, folded, null, Duration.ofNanos(System.nanoTime() - started));
        }
        Duration historyTime = Duration.ofNanos(System.nanoTime() - started);
        long[] costs = new long[samples];
        int timed = 0;
        while (timed < samples && log.hasNext()) {
            LogEvent event = log.next();
            long before = System.nanoTime();
            state = state.apply(event.envelope());
            costs[timed++] = System.nanoTime() - before;
            if ((timed & 1023) == 0 && deadline.passed()) {
                return new FoldCostResult(history, folded, null, historyTime);
            }
        }
        if (state.positions() == null) {
            throw new IllegalStateException("unreachable: keeps the folded state alive");
        }
        return new FoldCostResult(history, folded, new Percentiles(costs, timed), historyTime);
    }
}
