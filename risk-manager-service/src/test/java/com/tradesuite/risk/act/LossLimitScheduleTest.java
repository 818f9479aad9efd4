package com.tradesuite.risk.act;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LossLimitScheduleTest {

    private static final Instant BAR_END = Instant.parse("2026-11-20T15:01:00Z");

    @Test
    void givenBarsOfTheSameMinuteFromSeveralSymbolsWhenTheyArriveThenTheLimitsAreCheckedOncePerBarEnd() {
        AtomicInteger checks = new AtomicInteger();
        try (LossLimitSchedule schedule = new LossLimitSchedule(checks::incrementAndGet, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            schedule.barClosed(BAR_END);
            schedule.barClosed(BAR_END);
            schedule.barClosed(BAR_END.minusSeconds(60));
            schedule.barClosed(BAR_END.plusSeconds(60));

            await().atMost(Duration.ofSeconds(5)).until(() -> checks.get() == 2 && schedule.pendingWork() == 0);
        }
        assertThat(checks).hasValue(2);
    }

    @Test
    void givenNoCheckForTheFallbackPeriodWhenTheTimerTicksThenItChecksAndNotWhileBarsKeepComing() {
        Instant wall = Instant.parse("2026-11-20T15:00:00Z");
        try (LossLimitSchedule schedule = new LossLimitSchedule(() -> { }, Duration.ofSeconds(30),
                Clock.fixed(wall, ZoneOffset.UTC))) {
            assertThat(schedule.fallbackDue(wall)).as("nothing checked yet").isTrue();

            schedule.barClosed(BAR_END);
            await().atMost(Duration.ofSeconds(5)).until(() -> schedule.pendingWork() == 0);

            assertThat(schedule.fallbackDue(wall.plusSeconds(29))).as("a bar checked 29 s ago").isFalse();
            assertThat(schedule.fallbackDue(wall.plusSeconds(30))).as("no bar for 30 s").isTrue();
        }
    }

    @Test
    void givenARebalanceWhenTheNextBarArrivesThenItChecksAgain() {
        AtomicInteger checks = new AtomicInteger();
        try (LossLimitSchedule schedule = new LossLimitSchedule(checks::incrementAndGet, Duration.ofSeconds(30),
                Clock.systemUTC())) {
            schedule.barClosed(BAR_END);
            schedule.reset();
            schedule.barClosed(BAR_END);

            await().atMost(Duration.ofSeconds(5)).until(() -> checks.get() == 2);
        }
        assertThat(checks).hasValue(2);
    }
}
