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
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.TradingStateChanged;
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
        assertThat(appended).extracting(EventEnvelope::eventId).containsExactly(
                "trading-state:daily-loss:2026-11-20:0", "trading-state:daily-loss:2026-11-20:1",
                "trading-state:daily-loss:2026-11-20:2");
    }

    @Test
    void givenARestartWithTheLatchOnTheLogWhenCheckedThenNothingIsWrittenAgain() {
        account("97900", "100000");
        TradingStateChanged tripped = watch.check().get(0);

        List<EventEnvelope<?>> restartedWrites = new ArrayList<>();
        TradingModeFold restartedFold = new TradingModeFold();
        restartedFold.fold(tripped);
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
