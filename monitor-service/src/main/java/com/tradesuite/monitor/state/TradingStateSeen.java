package com.tradesuite.monitor.state;

import java.time.Instant;

import com.tradesuite.domain.mode.EffectiveMode;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;

/**
 * The monitor's fold of {@code trading-state} (the domain's {@link TradingMode}) with when its newest change was
 * written; the monitor reads no bars, so a daily-loss latch is shown ended once the newest log time it folded passes
 * the latch's end.
 *
 * @param since when the newest change folded was written (null before any)
 * @param logTime the newest {@code occurredAt} of any event folded (null before any)
 */
public record TradingStateSeen(TradingMode mode, Instant since, Instant logTime) {

    public static TradingStateSeen initial() {
        return new TradingStateSeen(TradingMode.initial(), null, null);
    }

    /** Folds any event: a trading-state event changes the mode, every event moves the log time. */
    public TradingStateSeen apply(EventEnvelope<?> envelope) {
        Instant time = logTime == null || envelope.occurredAt().isAfter(logTime) ? envelope.occurredAt() : logTime;
        Object payload = envelope.payload();
        if (payload instanceof TradingStateChanged change && mode.isNewer(change)) {
            return new TradingStateSeen(mode.fold(change), envelope.occurredAt(), time);
        }
        if (payload instanceof EquityPeakRecorded recorded) {
            return new TradingStateSeen(mode.fold(recorded), since, time);
        }
        return time.equals(logTime) ? this : new TradingStateSeen(mode, since, time);
    }

    /** The state in force at the newest log time. */
    public EffectiveMode inForce() {
        return mode.at(logTime == null ? Instant.EPOCH : logTime);
    }

    /** The report's line: {@code Trading state: HALTED by OPERATOR since <t>: <reason>}. */
    public String line() {
        EffectiveMode now = inForce();
        if (mode.changeId().isEmpty()) {
            // Nobody has set a state yet: ACTIVE by default, not by an operator.
            return "Trading state: " + now.status() + " (no change on the log yet)";
        }
        return "Trading state: " + now.status() + " by " + now.setBy() + (since == null ? "" : " since " + since)
                + (now.latchUntil() == null ? "" : " until " + now.latchUntil()) + ": " + now.reason()
                + (mode.flattenRequested() ? " (flatten-all requested)" : "");
    }
}
