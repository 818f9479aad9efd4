package com.tradesuite.domain.mode;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/**
 * The fold of {@code trading-state}: the operator's state, the daily-loss latch and the drawdown latch; the most
 * severe of them is in force.
 *
 * <p>Changes apply in (revision, change id) order: a copy of a change already folded (the same change arrives on
 * every partition) or an older one is ignored, so every instance folds the same state whatever partitions it owns.
 * An operator's ACTIVE clears the operator's halt and the drawdown latch, never the daily-loss latch: that one ends
 * only when its {@code latchUntil} (the next New York trading day) is reached. An operator's flatten-all stays
 * requested until the operator's next change; the equity peak the drawdown is measured from is folded from
 * {@link EquityPeakRecorded} and starts again when a resume clears the drawdown latch.
 *
 * @param revision the revision of the newest change folded (0 before any)
 * @param changeId the change id of the newest change folded ("" before any)
 * @param flattenChangeId the change id of the operator's flatten-all in force, null when none
 * @param peak the equity peak folded from the log
 */
public record TradingMode(long revision, String changeId, TradingStatus operatorStatus, String operatorReason,
                          Instant dailyLossUntil, String dailyLossReason, boolean drawdownLatched,
                          String drawdownReason, String flattenChangeId, EquityPeak peak) implements Serializable {

    private static final Comparator<TradingStatus> SEVERITY = Comparator.comparingInt(TradingStatus::ordinal);

    /** ACTIVE, set by nobody yet. */
    public static TradingMode initial() {
        return new TradingMode(0, "", TradingStatus.ACTIVE, "no trading state on the log yet", null, null, false,
                null, null, EquityPeak.none());
    }

    /** Folds every event in order. */
    public static TradingMode of(Iterable<? extends TradingStateEvent> events) {
        TradingMode mode = initial();
        for (TradingStateEvent event : events) {
            mode = mode.apply(event);
        }
        return mode;
    }

    /** Folds any event of {@code trading-state}. */
    public TradingMode apply(TradingStateEvent event) {
        if (event instanceof TradingStateChanged change) {
            return fold(change);
        }
        return fold((EquityPeakRecorded) event);
    }

    /** A peak record changes only the peak (see {@link EquityPeak#fold}); it is not a change of the state. */
    public TradingMode fold(EquityPeakRecorded recorded) {
        return withPeak(peak.fold(recorded));
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
        String flatten = change.flatten() ? change.changeId() : null;
        return switch (change.setBy()) {
            case OPERATOR -> change.state() == TradingStatus.ACTIVE
                    ? new TradingMode(change.revision(), change.changeId(), TradingStatus.ACTIVE, change.reason(),
                            dailyLossUntil, dailyLossReason, false, null, flatten, peakAfterResume(change))
                    : new TradingMode(change.revision(), change.changeId(), change.state(), change.reason(),
                            dailyLossUntil, dailyLossReason, drawdownLatched, drawdownReason, flatten, peak);
            case DAILY_LOSS_LIMIT -> new TradingMode(change.revision(), change.changeId(), operatorStatus,
                    operatorReason, change.latchUntil(), change.reason(), drawdownLatched, drawdownReason,
                    flattenChangeId, peak);
            case MAX_DRAWDOWN -> new TradingMode(change.revision(), change.changeId(), operatorStatus,
                    operatorReason, dailyLossUntil, dailyLossReason, true, change.reason(), flattenChangeId, peak);
        };
    }

    /**
     * A resume that clears a drawdown latch re-bases the peak (else the same drop would trip again at once): unknown
     * until the next equity read records it, unless a record of this revision is already folded.
     */
    private EquityPeak peakAfterResume(TradingStateChanged resume) {
        return drawdownLatched && peak.revision() < resume.revision() ? EquityPeak.startingAt(resume.revision())
                : peak;
    }

    private TradingMode withPeak(EquityPeak newPeak) {
        return newPeak.equals(peak) ? this : new TradingMode(revision, changeId, operatorStatus, operatorReason,
                dailyLossUntil, dailyLossReason, drawdownLatched, drawdownReason, flattenChangeId, newPeak);
    }

    /** True while an operator's flatten-all is in force: every open position is to be closed at market. */
    public boolean flattenRequested() {
        return flattenChangeId != null;
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

    /**
     * The newer of two folds (by their newest change), with the peaks of both merged: how the slices of several
     * partitions, or the fold and what a writer just wrote, are combined.
     */
    public TradingMode newerOf(TradingMode other) {
        TradingMode newer = other.revision > revision
                || other.revision == revision && other.changeId.compareTo(changeId) > 0 ? other : this;
        return newer.withPeak(peak.merge(other.peak));
    }

    /** The next change's revision. */
    public long nextRevision() {
        return revision + 1;
    }
}
