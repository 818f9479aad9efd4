package com.tradesuite.bench;

import java.util.List;

import com.tradesuite.bench.proc.OpsCliReplay;
import com.tradesuite.bench.proc.OpsReplayResult;
import com.tradesuite.bench.read.ReadResult;
import com.tradesuite.bench.report.Format;
import com.tradesuite.bench.report.ResultRow;

/** Part (d): {@code ops-cli replay} of the log as its own process: wall time and peak heap. */
public final class OpsReplayPart {

    private static final String PART = "(d) ops-cli replay";
    private static final long HEAP_GOAL_BYTES = 512L * 1024 * 1024;

    private OpsReplayPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        BenchOptions options = context.options();
        ReadResult bare = context.bare();
        String cap = "-Xmx" + options.opsXmx();
        OpsReplayResult ops = new OpsCliReplay(options.projectDir(), options.runDir(), List.of(cap))
                .measure(context.bootstrapServers(), context.deadline("ops-cli replay"));
        String timeGoal = "within 2x of the bare consumer's time";
        String heapGoal = "< 512 MB";
        if (!ops.finished()) {
            return List.of(
                    ResultRow.judged(PART, "time", ops.failure() + " (bare consumer: " + Format.seconds(bare.elapsed())
                            + ")", timeGoal, false),
                    ResultRow.judged(PART, "peak heap", "peak heap so far " + Format.megabytes(ops.peakHeapBytes())
                            + ", peak RSS " + Format.megabytes(ops.peakRssBytes()) + " (" + cap + ")", heapGoal,
                            false));
        }
        double ratio = ops.wallTime().toNanos() / (double) bare.elapsed().toNanos();
        return List.of(
                ResultRow.judged(PART, "time", Format.seconds(ops.wallTime()) + " process start to exit, JVM start"
                        + " included (" + Format.count(ops.replayedRecords()) + " records) = " + Format.ratio(ratio)
                        + " the bare consumer's " + Format.seconds(bare.elapsed()), timeGoal,
                        bare.finished() && ratio <= 2.0),
                ResultRow.judged(PART, "peak heap", Format.megabytes(ops.peakHeapBytes()) + " (GC log: highest"
                        + " before-collection and at-exit heap use), peak RSS " + Format.megabytes(ops.peakRssBytes())
                        + " (" + cap + ")", heapGoal, ops.peakHeapBytes() < HEAP_GOAL_BYTES));
    }
}
