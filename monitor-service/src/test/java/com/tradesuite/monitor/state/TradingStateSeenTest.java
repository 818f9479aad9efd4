package com.tradesuite.monitor.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.mode.DailyLossLimitRule;
import com.tradesuite.domain.mode.TradingMode;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStatus;

class TradingStateSeenTest {

    private static final Instant FRIDAY_10_NY = Instant.parse("2026-11-20T15:00:00Z");
    private static final Instant SATURDAY_MIDNIGHT_NY = Instant.parse("2026-11-21T05:00:00Z");

    @Test
    void givenNothingOnTheLogThenTheLineSaysActive() {
        assertThat(TradingStateSeen.initial().line()).isEqualTo("Trading state: ACTIVE (no change on the log yet)");
    }

    @Test
    void givenADailyLossLatchThenItIsShownUntilTheLogTimePassesItsEnd() {
        TradingStateChanged latch = new DailyLossLimitRule(new BigDecimal("2")).check(TradingMode.initial(),
                new BigDecimal("-2500"), new BigDecimal("100000"), FRIDAY_10_NY).orElseThrow();

        TradingStateSeen seen = TradingStateSeen.initial().apply(envelope("latch-0", latch, FRIDAY_10_NY))
                .apply(envelope("latch-1", latch, FRIDAY_10_NY));

        assertThat(seen.line()).isEqualTo("Trading state: HALTED by DAILY_LOSS_LIMIT since " + FRIDAY_10_NY
                + " until " + SATURDAY_MIDNIGHT_NY + ": " + latch.reason());

        TradingStateSeen nextDay = seen.apply(envelope("order:x:canceled", new OrderCanceled("x", "c", "canceled"),
                SATURDAY_MIDNIGHT_NY.plusSeconds(60)));

        assertThat(nextDay.inForce().status()).isEqualTo(TradingStatus.ACTIVE);
        assertThat(nextDay.since()).as("the newest change is still the latch").isEqualTo(FRIDAY_10_NY);
    }

    private static EventEnvelope<Event> envelope(String id, Event payload, Instant at) {
        return EventEnvelope.withId(id, payload, "ACCOUNT", "test", at, null, null);
    }
}
