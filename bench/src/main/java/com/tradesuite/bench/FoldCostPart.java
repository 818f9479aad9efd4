package com.tradesuite.bench;

import java.util.ArrayList;
import java.util.List;

import com.tradesuite.bench.fold.FoldCost;
import com.tradesuite.bench.fold.FoldCostResult;
import com.tradesuite.bench.report.Format;
import com.tradesuite.bench.report.ResultRow;

/** Part (b): TradingState.apply's cost per event after a small and after a large history, p50 and p99. */
public final class FoldCostPart {

    private static final String PART = "(b) fold cost";

    private FoldCostPart() {
    }

    public static List<ResultRow> run(BenchContext context) {
        BenchOptions options = context.options();
        FoldCost cost = new FoldCost(options.seed(), options.symbols(), options.samples());
        cost.warmUp(options.historySmall(), context.deadline("fold warm-up on a separate log (not reported)"));
        FoldCostResult small = cost.measure(options.historySmall(), context.out(),
                context.deadline("fold cost after " + Format.count(options.historySmall()) + " events"));
        FoldCostResult large = cost.measure(options.events(), context.out(),
                context.deadline("fold cost after " + Format.count(options.events()) + " events"));
        List<ResultRow> rows = new ArrayList<>();
        rows.add(ResultRow.info(PART, "TradingState.apply after " + Format.count(small.history()) + " events",
                describe(small, context)));
        rows.add(ResultRow.info(PART, "TradingState.apply after " + Format.count(large.history()) + " events",
                describe(large, context)));
        String measure = "p99 after " + Format.count(large.history()) + " vs after " + Format.count(small.history());
        String goal = "within 2x";
        if (small.finished() && large.finished()) {
            double ratio = (double) large.percentiles().at(0.99) / small.percentiles().at(0.99);
            rows.add(ResultRow.judged(PART, measure, Format.ratio(ratio), goal, ratio <= 2.0));
        } else {
            rows.add(ResultRow.judged(PART, measure, "not measured: a history did not finish", goal, false));
        }
        return rows;
    }

    private static String describe(FoldCostResult result, BenchContext context) {
        if (!result.finished()) {
            return "did not finish in " + context.phaseTimeout().toSeconds() + " s (history folded: "
                    + Format.count(result.historyFolded()) + " of " + Format.count(result.history()) + " in "
                    + Format.seconds(result.historyTime()) + ")";
        }
        return "p50 " + Format.micros(result.percentiles().at(0.5)) + ", p99 " + Format.micros(result.percentiles()
                .at(0.99)) + ", max " + Format.micros(result.percentiles().max()) + " (" + Format.count(
                result.percentiles().count()) + " applies timed; history folded in " + Format.seconds(
                result.historyTime()) + ")";
    }
}
