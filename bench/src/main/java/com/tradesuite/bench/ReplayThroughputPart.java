package com.tradesuite.bench;

import java.util.ArrayList;
import java.util.List;

import com.tradesuite.bench.read.FoldRead;
import com.tradesuite.bench.read.ReadResult;
import com.tradesuite.bench.read.RealPathRead;
import com.tradesuite.bench.report.Format;
import com.tradesuite.bench.report.ResultRow;

/** Part (a): the log replayed through the fold, against a bare KafkaConsumer reading the same topics. */
public final class ReplayThroughputPart {

    private static final String PART = "(a) replay";
    private static final double GOAL = 0.5;

    private ReplayThroughputPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        List<ResultRow> rows = new ArrayList<>();
        ReadResult bare = context.bare();
        rows.add(ResultRow.info(PART, "bare KafkaConsumer (assign, seekToBeginning, poll to end offsets)",
                bare.finished() ? Format.rate(bare.recordsPerSecond()) + " (" + Format.count(bare.records())
                        + " records in " + Format.seconds(bare.elapsed()) + ")" : notFinished(bare, context)));
        ReadResult fold = FoldRead.run(context.bootstrapServers(), context.log().topics(), context.out(),
                context.deadline("read + decode + fold"));
        rows.add(judged("same read + decode + merge by append time + fold (TradingState and TradeLedger)", fold, bare,
                context));
        ReadResult real = RealPathRead.run(context.bootstrapServers(), context.log().topics(), context.log().events(),
                context.out(), context.deadline("EventLogConsumer replay"));
        rows.add(judged("service-runtime EventLogConsumer replay, start to ready, folding the same (the real path)",
                real, bare, context));
        return rows;
    }

    private static ResultRow judged(String measure, ReadResult result, ReadResult bare, BenchContext context) {
        String goal = ">= 50% of the bare consumer's records/s";
        if (!result.finished() || !bare.finished()) {
            return ResultRow.judged(PART, measure, notFinished(result, context), goal, false);
        }
        double share = result.recordsPerSecond() / bare.recordsPerSecond();
        return ResultRow.judged(PART, measure, Format.rate(result.recordsPerSecond()) + " = "
                + Format.percent(share) + " of bare (" + Format.count(result.records()) + " events in "
                + Format.seconds(result.elapsed()) + "; folded: " + result.folded() + ")", goal, share >= GOAL);
    }

    private static String notFinished(ReadResult result, BenchContext context) {
        return "did not finish in " + context.phaseTimeout().toSeconds() + " s (" + Format.count(result.records())
                + " of " + Format.count(context.log().events()) + " events handled)";
    }
}
