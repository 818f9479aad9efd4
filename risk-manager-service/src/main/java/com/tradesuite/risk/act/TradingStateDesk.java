package com.tradesuite.risk.act;

import java.time.Instant;
import java.util.UUID;

import com.tradesuite.domain.mode.OperatorChange;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.risk.state.TradingModeFold;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.DecisionLog;
import com.tradesuite.service.log.EveryPartitionLog;

/**
 * Appends a trading state change to every partition of {@code trading-state} (ADR 0005), one change at a time, and
 * answers the mode it leads to; the fold itself only learns it from the log.
 */
public final class TradingStateDesk {

    /** Key and envelope symbol of every copy: the state is account-wide. */
    public static final String ACCOUNT = "ACCOUNT";

    private final EveryPartitionLog publisher;
    private final TradingModeFold fold;
    private final String source;
    private TradingMode lastWritten = TradingMode.initial();

    public TradingStateDesk(EveryPartitionLog publisher, TradingModeFold fold, String source) {
        this.publisher = publisher;
        this.fold = fold;
        this.source = source;
    }

    /** The folded mode, or what this desk last wrote when the log has not brought it back yet. */
    public synchronized TradingMode current() {
        return fold.current().newerOf(lastWritten);
    }

    /** An operator's change, written at {@code now} (the request's time: an operator's action is a fact of then). */
    public synchronized TradingMode operatorChange(TradingStatus state, String reason, Instant now) {
        return operatorChange(state, reason, false, now);
    }

    /** An operator's change; {@code flatten} (HALTED only) asks every open position closed at market as well. */
    public synchronized TradingMode operatorChange(TradingStatus state, String reason, boolean flatten, Instant now) {
        TradingMode current = fold.current().newerOf(lastWritten);
        TradingStateChanged change = OperatorChange.request(current, state, reason, "operator:" + UUID.randomUUID(),
                flatten);
        return write(current, change, now);
    }

    /**
     * A risen (or re-based) equity peak, to every partition; its event id is fixed by revision and peak, so a retry
     * writes the same record.
     */
    public synchronized TradingMode recordPeak(EquityPeakRecorded recorded, Instant now) {
        TradingMode current = fold.current().newerOf(lastWritten);
        String id = "equity-peak:" + recorded.revision() + ":" + recorded.peak().toPlainString();
        publisher.appendToEveryPartition(TopicCatalog.TRADING_STATE, partition -> EventEnvelope.withId(
                id + ":" + partition, recorded, ACCOUNT, source, now, id, null));
        lastWritten = current.fold(recorded);
        DecisionLog.log("equity-peak", ACCOUNT, id, "equity peak " + recorded.peak().toPlainString()
                + " recorded (revision " + recorded.revision() + ")");
        return lastWritten;
    }

    /** A rule's change (daily loss, drawdown), when the rule tripped on {@code current}. */
    public synchronized TradingMode ruleChange(TradingStateChanged change, Instant now) {
        TradingMode current = fold.current().newerOf(lastWritten);
        if (!current.isNewer(change)) {
            return current;
        }
        return write(current, change, now);
    }

    private TradingMode write(TradingMode current, TradingStateChanged change, Instant now) {
        publisher.appendToEveryPartition(TopicCatalog.TRADING_STATE, partition -> EventEnvelope.withId(
                "trading-state:" + change.changeId() + ":" + partition, change, ACCOUNT, source, now,
                change.changeId(), null));
        lastWritten = current.fold(change);
        DecisionLog.log("trading-state", ACCOUNT, change.changeId(), change.state() + " by " + change.setBy()
                + (change.flatten() ? " with flatten-all" : "") + ": " + change.reason());
        return lastWritten;
    }
}
