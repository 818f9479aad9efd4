package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionPlanTest {

    @Test
    void givenBarFiles_whenPlanned_thenTheirTradingDaysArePlayedWithOrWithoutBacktestAndASessionOnlyLimitsThem(
            @TempDir Path dir) throws IOException {
        String file = Files.writeString(dir.resolve("AAPL.csv"), "2026-11-20 09:30:00,1,2,0.5,1.5,10\n").toString();

        SessionPlan timed = SessionPlan.of(LocalStackOptions.parse(List.of("--csv", file)));
        SessionPlan backtest = SessionPlan.of(LocalStackOptions.parse(List.of("--csv", file, "--backtest")));
        SessionPlan limited = SessionPlan.of(LocalStackOptions.parse(List.of("--csv", file, "--backtest",
                "--session", "2h")));

        assertThat(timed).isEqualTo(new SessionPlan(Optional.empty(), true)).isEqualTo(backtest);
        assertThat(limited).isEqualTo(new SessionPlan(Optional.of(Duration.ofHours(2)), true));
        assertThat(backtest.describe()).isEqualTo("the bar files' trading days through their last bar");
        assertThat(limited.describe()).isEqualTo("the bar files' trading days, at most PT2H of trading time");
    }

    @Test
    void givenSeededPrices_whenPlanned_thenTheSessionLengthOfSimulatedTimeIsPlayed() {
        SessionPlan plan = SessionPlan.of(LocalStackOptions.parse(List.of("--backtest", "--session", "90m")));

        assertThat(plan).isEqualTo(SessionPlan.seeded(Duration.ofMinutes(90)));
        assertThat(SessionPlan.of(LocalStackOptions.parse(List.of())).describe())
                .isEqualTo("PT6H30M of simulated time");
        assertThatThrownBy(() -> SessionPlan.of(LocalStackOptions.parse(List.of("--no-session"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
