package com.tradesuite.bench;

import java.io.PrintStream;
import java.time.Duration;

import com.tradesuite.bench.log.WrittenLog;
import com.tradesuite.bench.read.BareRead;
import com.tradesuite.bench.read.ReadResult;

/** What the parts share: options, output, the broker holding the log, and the bare consumer's baseline. */
public final class BenchContext {

    private final BenchOptions options;
    private final PrintStream out;
    private final String bootstrapServers;
    private final WrittenLog log;
    private ReadResult bare;

    public BenchContext(BenchOptions options, PrintStream out, String bootstrapServers, WrittenLog log) {
        this.options = options;
        this.out = out;
        this.bootstrapServers = bootstrapServers;
        this.log = log;
    }

    public BenchOptions options() {
        return options;
    }

    public PrintStream out() {
        return out;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public WrittenLog log() {
        return log;
    }

    public Deadline deadline(String phase) {
        out.println("  " + phase + " (limit " + options.phaseTimeout().toSeconds() + " s)...");
        return Deadline.of(phase, options.phaseTimeout());
    }

    /** The bare consumer's read of the log, measured once (after one unmeasured warm-up read) and reused. */
    public ReadResult bare() {
        if (bare == null) {
            BareRead.run(bootstrapServers, log.topics(), deadline("bare consumer warm-up read (not reported)"));
            bare = BareRead.run(bootstrapServers, log.topics(), deadline("bare consumer read"));
            out.printf("    bare consumer: %,d records in %.2f s%n", bare.records(),
                    bare.elapsed().toNanos() / 1e9);
        }
        return bare;
    }

    public Duration phaseTimeout() {
        return options.phaseTimeout();
    }
}
