package com.tradesuite.risk.act;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.tradesuite.domain.exit.FlattenRule;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.domain.position.Position;
import com.tradesuite.risk.state.RiskSnapshot;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * While an operator's flatten-all is in force, every open position of this instance's partitions gets the flatten
 * instead of the protection audit (cancel its legs, sell at market), and entries still working for flat symbols are
 * cancelled; runs on the actor's thread, so it never races another plan.
 */
public final class FlattenDesk {

    private final Supplier<TradingMode> mode;
    private final FlattenRule rule;
    private final PlanExecutor executor;
    private final DecisionJournal journal;
    private final Predicate<String> awaitingOwnWrites;

    public FlattenDesk(Supplier<TradingMode> mode, FlattenRule rule, PlanExecutor executor, DecisionJournal journal,
                       Predicate<String> awaitingOwnWrites) {
        this.mode = mode;
        this.rule = rule;
        this.executor = executor;
        this.journal = journal;
        this.awaitingOwnWrites = awaitingOwnWrites;
    }

    /** No flatten ever: for an actor built without one (tests of the audit alone). */
    public static FlattenDesk none() {
        return new FlattenDesk(TradingMode::initial, null, null, null, symbol -> false);
    }

    /** True when a flatten-all is in force: the position got the flatten's decision, the audit is skipped. */
    public boolean takesOver(Position position, RiskSnapshot snapshot, String correlationId) {
        TradingMode current = mode.get();
        if (!current.flattenRequested()) {
            return false;
        }
        String symbol = position.symbol();
        if (awaitingOwnWrites.test(symbol)) {
            journal.verdict("flatten-wait", symbol, correlationId, "this instance's last plan is not folded back yet");
            return true;
        }
        FlattenRule.Decision decision = rule.evaluate(position, snapshot.trading().orders(),
                current.flattenChangeId(), snapshot.now());
        if (decision.exit().isEmpty()) {
            journal.verdict("flatten-wait", symbol, correlationId, decision.reason());
            return true;
        }
        journal.decision("flatten-exit", symbol, correlationId, decision.exit().get().reason());
        executor.exitAtMarket(symbol, decision.exit().get(), correlationId);
        return true;
    }

    /** While a flatten-all is in force: cancels the entries still working for symbols that hold no position. */
    public void cancelStrayEntries(RiskSnapshot snapshot) {
        TradingMode current = mode.get();
        if (!current.flattenRequested()) {
            return;
        }
        for (String symbol : snapshot.trading().orders().symbolsWithOpenEntries()) {
            if (snapshot.trading().positions().position(symbol).isOpen() || awaitingOwnWrites.test(symbol)) {
                continue;
            }
            List<String> entries = FlattenRule.workingEntries(snapshot.trading().orders(), symbol);
            if (!entries.isEmpty()) {
                journal.decision("flatten-cancel-entry", symbol, null, "flatten-all in force: cancel working entries "
                        + entries);
                executor.cancelAll(symbol, entries, OrderPurpose.FLATTEN, "flatten:" + current.flattenChangeId(),
                        "flatten-all", null);
            }
        }
    }
}
