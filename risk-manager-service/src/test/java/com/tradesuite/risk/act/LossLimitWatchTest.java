package com.tradesuite.risk.act;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.mode.DailyLossLimitRule;
import com.tradesuite.domain.mode.MaxDrawdownRule;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.risk.state.TradingModeFold;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateEvent;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.service.broker.AccountFacts;
import com.tradesuite.service.log.EveryPartitionLog;
import com.tradesuite.service.testkit.FakeBroker;

class LossLimitWatchTest {

    private static final Instant FRIDAY_10_NY = Instant.parse("2026-11-20T15:00:00Z");
    private static final int PARTITIONS = 3;

    private final FakeBroker broker = new FakeBroker();
    private final TradingModeFold fold = new TradingModeFold();
    private final List<EventEnvelope<?>> appended = new ArrayList<>();
    private final AtomicBoolean acting = new AtomicBoolean(true);
    private final AtomicReference<Instant> marketTime = new AtomicReference<>(FRIDAY_10_NY);
    private TradingStateDesk desk;
    private LossLimitWatch watch;

    @BeforeEach
    void watch() {
        desk = new TradingStateDesk(new RecordingPartitions(appended), fold, "risk-manager-service");
        watch = new LossLimitWatch(broker, desk, marketTime::get, acting::get,
                new DailyLossLimitRule(new BigDecimal("2")), new MaxDrawdownRule(new BigDecimal("10")));
    }

    @Test
    void givenADayLossPastTheLimitWhenCheckedTwiceThenOneHaltIsWrittenToEveryPartition() {
        account("97900", "100000");

        List<TradingStateChanged> first = watch.check();
        List<TradingStateChanged> second = watch.check();

        assertThat(first).singleElement().satisfies(change -> {
            assertThat(change.setBy()).isEqualTo(TradingStateSetBy.DAILY_LOSS_LIMIT);
            assertThat(change.state()).isEqualTo(TradingStatus.HALTED);
            assertThat(change.latchUntil()).isEqualTo(Instant.parse("2026-11-21T05:00:00Z"));
        });
        assertThat(second).isEmpty();
        assertThat(appended).filteredOn(envelope -> envelope.payload() instanceof TradingStateChanged)
                .extracting(EventEnvelope::eventId).containsExactly(
                "trading-state:daily-loss:2026-11-20:0", "trading-state:daily-loss:2026-11-20:1",
                "trading-state:daily-loss:2026-11-20:2");
        assertThat(appended).filteredOn(envelope -> envelope.payload() instanceof EquityPeakRecorded)
                .as("the first equity read is the peak, once on every partition").hasSize(PARTITIONS);
    }

    @Test
    void givenARestartWithTheLatchOnTheLogWhenCheckedThenNothingIsWrittenAgain() {
        account("97900", "100000");
        TradingStateChanged tripped = watch.check().get(0);

        List<EventEnvelope<?>> restartedWrites = new ArrayList<>();
        TradingModeFold restartedFold = new TradingModeFold();
        // The restart folds everything the log holds: the latch and the peak recorded with it.
        appended.forEach(envelope -> restartedFold.fold((TradingStateEvent) envelope.payload()));
        assertThat(restartedFold.current().dailyLossUntil()).isEqualTo(tripped.latchUntil());
        LossLimitWatch restarted = new LossLimitWatch(broker,
                new TradingStateDesk(new RecordingPartitions(restartedWrites), restartedFold, "risk-manager-service"),
                marketTime::get, acting::get, new DailyLossLimitRule(new BigDecimal("2")),
                new MaxDrawdownRule(new BigDecimal("10")));

        assertThat(restarted.check()).isEmpty();
        assertThat(restartedWrites).isEmpty();
        assertThat(restartedFold.current().at(FRIDAY_10_NY).status()).isEqualTo(TradingStatus.HALTED);
    }

    @Test
    void givenADrawdownFromThePeakWhenAnOperatorResumesThenThePeakIsRebasedAndItDoesNotTripAgain() {
        account("120000", "120000");
        assertThat(watch.check()).isEmpty();
        account("107000", "107500");

        assertThat(watch.check()).singleElement().extracting(TradingStateChanged::setBy)
                .isEqualTo(TradingStateSetBy.MAX_DRAWDOWN);

        TradingMode resumed = desk.operatorChange(TradingStatus.ACTIVE, "reviewed", FRIDAY_10_NY);
        assertThat(resumed.at(FRIDAY_10_NY).allowsEntries()).isTrue();
        assertThat(watch.check()).isEmpty();
    }

    @Test
    void givenThisInstanceDoesNotActWhenCheckedThenTheBrokerIsNotRead() {
        acting.set(false);
        account("50000", "100000");

        assertThat(watch.check()).isEmpty();
        assertThat(broker.accountCalls).isZero();
        assertThat(appended).isEmpty();
    }

    @Test
    void givenThePeakOnTheLogWhenTheRiskManagerRestartsThenTheDrawdownStillMeasuresFromIt() {
        // given a peak of 120000 recorded, then a restart that folds only what the log holds
        account("120000", "120000");
        assertThat(watch.check()).isEmpty();
        TradingModeFold restartedFold = new TradingModeFold();
        appended.forEach(envelope -> restartedFold.fold((TradingStateEvent) envelope.payload()));
        LossLimitWatch restarted = new LossLimitWatch(broker, new TradingStateDesk(
                new RecordingPartitions(new ArrayList<>()), restartedFold, "risk-manager-service"), marketTime::get,
                acting::get, new DailyLossLimitRule(new BigDecimal("50")), new MaxDrawdownRule(new BigDecimal("10")));

        // when equity is 10% below it at the first check after the restart
        account("108000", "108500");

        // then the drawdown latch trips (a peak kept in memory would have started again at 108000)
        assertThat(restartedFold.current().peak().peak()).isEqualByComparingTo("120000");
        assertThat(restarted.check()).singleElement().extracting(TradingStateChanged::setBy)
                .isEqualTo(TradingStateSetBy.MAX_DRAWDOWN);
    }

    @Test
    void givenEquityRisingLessThanTheStepWhenCheckedThenNoNewPeakIsWritten() {
        account("100000", "100000");
        watch.check();
        account("100050", "100000");
        watch.check();
        account("100100", "100000");
        watch.check();

        assertThat(appended).filteredOn(envelope -> envelope.payload() instanceof EquityPeakRecorded)
                .extracting(envelope -> ((EquityPeakRecorded) envelope.payload()).peak())
                .containsExactly(new BigDecimal("100000"), new BigDecimal("100000"), new BigDecimal("100000"),
                        new BigDecimal("100100"), new BigDecimal("100100"), new BigDecimal("100100"));
    }

    /** An in-memory topic of {@value #PARTITIONS} partitions that records every copy. */
    private record RecordingPartitions(List<EventEnvelope<?>> copies) implements EveryPartitionLog {
        @Override
        public <E extends Event> int appendToEveryPartition(Topic<E> topic,
                                                            IntFunction<EventEnvelope<? extends E>> copyFor) {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                copies.add(copyFor.apply(partition));
            }
            return PARTITIONS;
        }
    }

    private void account(String equity, String dayStartEquity) {
        broker.account = new AccountFacts(new BigDecimal(equity), new BigDecimal(dayStartEquity),
                new BigDecimal(equity), false);
    }
}
