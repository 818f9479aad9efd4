package com.tradesuite.domain.mode;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * The fold of {@code trading-state}: the operator's state, the daily-loss latch and the drawdown latch; the most
 * severe of them is in force.
 *
 * <p>Changes apply in (revision, change id) order: a copy of a change already folded (the same change arrives on
 * every partition) or an older one is ignored, so every instance folds the same state whatever partitions it owns.
 * An operator's ACTIVE clears the operator's halt and the drawdown latch, never the daily-loss latch: that one ends
 * only when its {@code latchUntil} (the next New York trading day) is reached.
 *
 * @param revision the revision of the newest change folded (0 before any)
 * @param changeId the change id of the newest change folded ("" before any)
 */
public record TradingMode(long revision, String changeId, TradingStatus operatorStatus, String operatorReason,
                          Instant dailyLossUntil, String dailyLossReason, boolean drawdownLatched,
                          String drawdownReason) implements Serializable {

    private static final Comparator<TradingStatus> SEVERITY = Comparator.comparingInt(TradingStatus::ordinal);

    /** ACTIVE, set by nobody yet. */
    public static TradingMode initial() {
        return new TradingMode(0, "", TradingStatus.ACTIVE, "no trading state on the log yet", null, null, false,
                null);
    }

    /** Folds every change in order. */
    public static TradingMode of(Iterable<TradingStateChanged> changes) {
        TradingMode mode = initial();
        for (TradingStateChanged change : changes) {
            mode = mode.fold(change);
        }
        return mode;
    }

    /** True when {@code change} comes after what is folded (so it would change something). */
    public boolean isNewer(TradingStateChanged change) {
        return change.revision() > revision
                || change.revision() == revision && change.changeId().compareTo(changeId) > 0;
    }

    public TradingMode fold(TradingStateChanged change) {
        if (!isNewer(change)) {
            return this;
        }
        return switch (change.setBy()) {
            case OPERATOR -> change.state() == TradingStatus.ACTIVE
                    ? new TradingMode(change.revision(), change.changeId(), TradingStatus.ACTIVE, change.reason(),
                            dailyLossUntil, dailyLossReason, false, null)
                    : new TradingMode(change.revision(), change.changeId(), change.state(), change.reason(),
                            dailyLossUntil, dailyLossReason, drawdownLatched, drawdownReason);
            case DAILY_LOSS_LIMIT -> new TradingMode(change.revision(), change.changeId(), operatorStatus,
                    operatorReason, change.latchUntil(), change.reason(), drawdownLatched, drawdownReason);
            case MAX_DRAWDOWN -> new TradingMode(change.revision(), change.changeId(), operatorStatus,
                    operatorReason, dailyLossUntil, dailyLossReason, true, change.reason());
        };
    }

    /** True while the daily-loss latch holds at {@code now}. */
    public boolean dailyLossLatched(Instant now) {
        return dailyLossUntil != null && now.isBefore(dailyLossUntil);
    }

    /** The state in force at {@code now}: the most severe of the operator's state and the running latches. */
    public EffectiveMode at(Instant now) {
        EffectiveMode operator = new EffectiveMode(operatorStatus, TradingStateSetBy.OPERATOR, operatorReason, null);
        Optional<EffectiveMode> dailyLoss = dailyLossLatched(now)
                ? Optional.of(new EffectiveMode(TradingStatus.HALTED, TradingStateSetBy.DAILY_LOSS_LIMIT,
                        dailyLossReason, dailyLossUntil))
                : Optional.empty();
        Optional<EffectiveMode> drawdown = drawdownLatched
                ? Optional.of(new EffectiveMode(TradingStatus.HALTED, TradingStateSetBy.MAX_DRAWDOWN, drawdownReason,
                        null))
                : Optional.empty();
        // Ties go to the first: a latch the operator cannot clear is named before one the operator can.
        return Stream.of(dailyLoss, drawdown, Optional.of(operator))
                .flatMap(Optional::stream)
                .reduce((a, b) -> SEVERITY.compare(b.status(), a.status()) > 0 ? b : a)
                .orElseThrow();
    }

    /** The newer of two folds (by their newest change): how the slices of several partitions are merged. */
    public TradingMode newerOf(TradingMode other) {
        return other.revision > revision || other.revision == revision && other.changeId.compareTo(changeId) > 0
                ? other : this;
    }

    /** The next change's revision. */
    public long nextRevision() {
        return revision + 1;
    }
}
