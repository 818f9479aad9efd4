package com.tradesuite.domain.mode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import org.junit.jupiter.api.Test;

class TradingModeTest {

    /** 10:00 in New York on a Friday (EST, UTC-5). */
    private static final Instant FRIDAY_10_NY = Instant.parse("2026-11-20T15:00:00Z");
    private static final Instant SATURDAY_MIDNIGHT_NY = Instant.parse("2026-11-21T05:00:00Z");

    private final DailyLossLimitRule dailyLoss = new DailyLossLimitRule(new BigDecimal("2"));
    private final MaxDrawdownRule drawdown = new MaxDrawdownRule(new BigDecimal("10"));

    @Test
    void givenNothingOnTheLogThenTradingIsActive() {
        assertThat(TradingMode.initial().at(FRIDAY_10_NY).allowsEntries()).isTrue();
    }

    @Test
    void givenADayLossBelowTheLimitWhenCheckedThenNothingTrips() {
        assertThat(dailyLoss.check(TradingMode.initial(), new BigDecimal("-1999.99"), new BigDecimal("100000"),
                FRIDAY_10_NY)).isEmpty();
    }

    @Test
    void givenADayLossAtTheLimitWhenCheckedThenEntriesHaltUntilTheNextNewYorkDay() {
        TradingStateChanged change = dailyLoss.check(TradingMode.initial(), new BigDecimal("-2000"),
                new BigDecimal("100000"), FRIDAY_10_NY).orElseThrow();

        assertThat(change.state()).isEqualTo(TradingStatus.HALTED);
        assertThat(change.setBy()).isEqualTo(TradingStateSetBy.DAILY_LOSS_LIMIT);
        assertThat(change.latchUntil()).isEqualTo(SATURDAY_MIDNIGHT_NY);
        assertThat(change.reason()).contains("2000", "100000", "limit 2%");

        TradingMode mode = TradingMode.initial().fold(change);
        assertThat(mode.at(FRIDAY_10_NY).status()).isEqualTo(TradingStatus.HALTED);
        assertThat(mode.at(SATURDAY_MIDNIGHT_NY.minusSeconds(1)).allowsEntries()).isFalse();
        assertThat(mode.at(SATURDAY_MIDNIGHT_NY).allowsEntries()).isTrue();
    }

    @Test
    void givenTheDayIsAlreadyLatchedWhenCheckedAgainThenNothingNewIsWritten() {
        TradingMode mode = TradingMode.initial().fold(dailyLoss.check(TradingMode.initial(),
                new BigDecimal("-2500"), new BigDecimal("100000"), FRIDAY_10_NY).orElseThrow());

        assertThat(dailyLoss.check(mode, new BigDecimal("-3000"), new BigDecimal("100000"),
                FRIDAY_10_NY.plusSeconds(3600))).isEmpty();
    }

    @Test
    void givenTheLatchUsesTheNewYorkDateWhenTheUtcDateHasAlreadyChanged() {
        // 20:30 in New York on Friday is 01:30 UTC on Saturday: still Friday's trading day.
        Instant fridayEveningNy = Instant.parse("2026-11-21T01:30:00Z");
        TradingStateChanged change = dailyLoss.check(TradingMode.initial(), new BigDecimal("-2000"),
                new BigDecimal("100000"), fridayEveningNy).orElseThrow();

        assertThat(change.latchUntil()).isEqualTo(SATURDAY_MIDNIGHT_NY);
    }

    @Test
    void givenADailyLossLatchWhenTheOperatorResumesThenEntriesStayHaltedUntilTheNextDay() {
        TradingMode mode = TradingMode.initial().fold(dailyLoss.check(TradingMode.initial(),
                new BigDecimal("-2000"), new BigDecimal("100000"), FRIDAY_10_NY).orElseThrow());

        mode = mode.fold(OperatorChange.request(mode, TradingStatus.ACTIVE, "back to work", "op-1"));

        EffectiveMode now = mode.at(FRIDAY_10_NY.plusSeconds(60));
        assertThat(now.status()).isEqualTo(TradingStatus.HALTED);
        assertThat(now.setBy()).isEqualTo(TradingStateSetBy.DAILY_LOSS_LIMIT);
        assertThat(mode.at(SATURDAY_MIDNIGHT_NY).allowsEntries()).isTrue();
    }

    @Test
    void givenEquityTheLimitBelowItsPeakWhenCheckedThenHaltedUntilAnOperatorResumes() {
        EquityPeak peak = EquityPeak.none().observe(new BigDecimal("120000")).observe(new BigDecimal("110000"));

        assertThat(drawdown.check(TradingMode.initial(), peak, new BigDecimal("108001"), FRIDAY_10_NY)).isEmpty();
        TradingStateChanged change = drawdown.check(TradingMode.initial(), peak, new BigDecimal("108000"),
                FRIDAY_10_NY).orElseThrow();
        assertThat(change.latchUntil()).isNull();

        TradingMode mode = TradingMode.initial().fold(change);
        assertThat(mode.at(FRIDAY_10_NY.plusSeconds(7 * 24 * 3600)).status()).isEqualTo(TradingStatus.HALTED);
        assertThat(drawdown.check(mode, peak, new BigDecimal("100000"), FRIDAY_10_NY)).isEmpty();

        mode = mode.fold(OperatorChange.request(mode, TradingStatus.ACTIVE, "reviewed", "op-1"));
        assertThat(mode.at(FRIDAY_10_NY).allowsEntries()).isTrue();
        assertThat(drawdown.check(mode, EquityPeak.none().observe(new BigDecimal("108000")),
                new BigDecimal("107000"), FRIDAY_10_NY)).isEmpty();
    }

    @Test
    void givenAnOperatorHaltWhenAReduceFollowsThenTheNewestOperatorStateHolds() {
        TradingMode mode = TradingMode.initial();
        mode = mode.fold(OperatorChange.request(mode, TradingStatus.HALTED, "news", "op-1"));
        mode = mode.fold(OperatorChange.request(mode, TradingStatus.REDUCING, "calmer", "op-2"));

        EffectiveMode now = mode.at(FRIDAY_10_NY);
        assertThat(now.status()).isEqualTo(TradingStatus.REDUCING);
        assertThat(now.allowsEntries()).isFalse();
        assertThat(now.describe()).isEqualTo("REDUCING by OPERATOR: calmer");
    }

    @Test
    void givenTheSameChangeOnEveryPartitionWhenFoldedInAnyInterleavingThenTheStateIsTheSame() {
        TradingMode start = TradingMode.initial();
        TradingStateChanged halt = OperatorChange.request(start, TradingStatus.HALTED, "news", "op-1");
        TradingStateChanged resume = OperatorChange.request(start.fold(halt), TradingStatus.ACTIVE, "ok", "op-2");

        // One instance reads partition 0 to its end before partition 1: halt, resume, then halt's second copy.
        TradingMode interleaved = TradingMode.of(List.of(halt, resume, halt, resume));
        TradingMode inOrder = TradingMode.of(List.of(halt, halt, resume, resume));

        assertThat(interleaved).isEqualTo(inOrder);
        assertThat(interleaved.at(FRIDAY_10_NY).allowsEntries()).isTrue();
    }

    @Test
    void givenARestartWhenTheSameEventsAreFoldedAgainThenTheLatchIsTheSame() {
        List<TradingStateChanged> log = new ArrayList<>();
        TradingMode live = TradingMode.initial();
        TradingStateChanged tripped = dailyLoss.check(live, new BigDecimal("-2100"), new BigDecimal("100000"),
                FRIDAY_10_NY).orElseThrow();
        log.add(tripped);
        live = live.fold(tripped);
        TradingStateChanged resume = OperatorChange.request(live, TradingStatus.ACTIVE, "try again", "op-1");
        log.add(resume);
        live = live.fold(resume);

        TradingMode restarted = TradingMode.of(log);

        assertThat(restarted).isEqualTo(live);
        assertThat(restarted.at(FRIDAY_10_NY.plusSeconds(60)).latchUntil()).isEqualTo(SATURDAY_MIDNIGHT_NY);
        assertThat(dailyLoss.check(restarted, new BigDecimal("-2500"), new BigDecimal("100000"),
                FRIDAY_10_NY.plusSeconds(120))).isEmpty();
    }

    @Test
    void givenAnOperatorHaltWithFlattenThenTheFlattenStaysRequestedUntilTheOperatorsNextChange() {
        TradingMode mode = TradingMode.initial();
        mode = mode.fold(OperatorChange.request(mode, TradingStatus.HALTED, "fat finger", "op-1", true));
        assertThat(mode.flattenRequested()).isTrue();
        assertThat(mode.flattenChangeId()).isEqualTo("op-1");

        mode = mode.fold(dailyLoss.check(mode, new BigDecimal("-2500"), new BigDecimal("100000"), FRIDAY_10_NY)
                .orElseThrow());
        assertThat(mode.flattenRequested()).as("a rule's change keeps the operator's flatten").isTrue();

        mode = mode.fold(OperatorChange.request(mode, TradingStatus.HALTED, "still halted", "op-2"));
        assertThat(mode.flattenRequested()).isFalse();
    }

    @Test
    void givenFlattenWithAStateOtherThanHaltedWhenRequestedThenItIsRefused() {
        assertThatThrownBy(() -> OperatorChange.request(TradingMode.initial(),
                TradingStatus.REDUCING, "x", "op-1", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("HALTED");
    }

    @Test
    void givenNoPeakOnTheLogWhenEquityIsReadThenItIsRecordedAsThePeak() {
        EquityPeakRecorded recorded = EquityPeak.none().recordFor(new BigDecimal("100000"), 0).orElseThrow();

        TradingMode mode = TradingMode.initial().fold(recorded);

        assertThat(mode.peak().peak()).isEqualByComparingTo("100000");
    }

    @Test
    void givenAPeakWhenEquityRisesLessThanTheStepThenNothingIsRecordedAndAtLeastTheStepThenTheNewPeakIs() {
        EquityPeak peak = new EquityPeak(0, new BigDecimal("100000"));

        assertThat(peak.recordFor(new BigDecimal("100099.99"), 0)).isEmpty();
        assertThat(peak.recordFor(new BigDecimal("99000"), 0)).isEmpty();
        assertThat(peak.recordFor(new BigDecimal("100100"), 0)).get()
                .extracting(EquityPeakRecorded::peak).isEqualTo(new BigDecimal("100100"));
    }

    @Test
    void givenThePeakOnTheLogWhenEquityFallsTheLimitBelowItThenTheDrawdownTrips() {
        TradingMode mode = TradingMode.initial().fold(new EquityPeakRecorded(new BigDecimal("120000"), 0));

        TradingStateChanged change = drawdown.check(mode, mode.peak(), new BigDecimal("108000"), FRIDAY_10_NY)
                .orElseThrow();

        assertThat(change.reason()).contains("120000", "10%");
    }

    @Test
    void givenADrawdownLatchWhenTheOperatorResumesThenThePeakStartsAgainFromTheNextRecord() {
        TradingMode mode = TradingMode.initial().fold(new EquityPeakRecorded(new BigDecimal("120000"), 0));
        mode = mode.fold(drawdown.check(mode, mode.peak(), new BigDecimal("100000"), FRIDAY_10_NY).orElseThrow());
        // A peak record written before the resume was folded (older revision) arrives late from another partition.
        EquityPeakRecorded late = new EquityPeakRecorded(new BigDecimal("125000"), mode.revision());

        mode = mode.fold(OperatorChange.request(mode, TradingStatus.ACTIVE, "reviewed", "op-1"));
        assertThat(mode.peak().known()).isFalse();
        mode = mode.fold(late);
        assertThat(mode.peak().known()).as("a record of the old basis is ignored").isFalse();
        mode = mode.fold(mode.peak().recordFor(new BigDecimal("100000"), mode.revision()).orElseThrow());

        assertThat(mode.peak().peak()).isEqualByComparingTo("100000");
        assertThat(drawdown.check(mode, mode.peak(), new BigDecimal("95000"), FRIDAY_10_NY)).isEmpty();
    }

    @Test
    void givenPeakRecordsOnEveryPartitionWhenFoldedInAnyInterleavingThenThePeakIsTheSame() {
        TradingMode start = TradingMode.initial();
        EquityPeakRecorded first = new EquityPeakRecorded(new BigDecimal("100000"), 0);
        EquityPeakRecorded second = new EquityPeakRecorded(new BigDecimal("101000"), 0);
        TradingStateChanged halt = OperatorChange.request(start, TradingStatus.HALTED, "news", "op-1");
        EquityPeakRecorded third = new EquityPeakRecorded(new BigDecimal("102000"), 1);

        TradingMode inOrder = TradingMode.of(List.of(first, first, second, second, halt, halt, third, third));
        TradingMode interleaved = TradingMode.of(List.of(first, second, halt, third, second, first, halt, third));
        TradingMode reversed = TradingMode.of(List.of(third, halt, second, first));

        assertThat(interleaved).isEqualTo(inOrder);
        assertThat(reversed).isEqualTo(inOrder);
        assertThat(inOrder.peak()).isEqualTo(new EquityPeak(1, new BigDecimal("102000")));
    }

    @Test
    void givenARestartWhenThePeakIsFoldedFromTheLogThenItIsThePeakTheWriterHad() {
        List<TradingStateEvent> log = new ArrayList<>();
        TradingMode live = TradingMode.initial();
        for (String equity : List.of("100000", "100050", "100400", "99000", "101000", "100900", "101050")) {
            Optional<EquityPeakRecorded> record = live.peak().recordFor(new BigDecimal(equity),
                    live.revision());
            if (record.isPresent()) {
                log.add(record.get());
                live = live.fold(record.get());
            }
        }

        TradingMode restarted = TradingMode.of(log);

        assertThat(log).hasSize(3);
        assertThat(restarted.peak()).isEqualTo(live.peak());
        assertThat(restarted.peak().peak()).isEqualByComparingTo("101000");
    }
}
