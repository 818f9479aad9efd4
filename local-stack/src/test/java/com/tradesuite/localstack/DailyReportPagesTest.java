package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DailyReportPagesTest {

    @Test
    void givenASessionWithinOneDay_whenListingItsDays_thenItIsThatNewYorkDay() {
        // 09:30 to 16:00 New York on Friday 2026-11-20 (14:30Z to 21:00Z).
        assertThat(DailyReportPages.days(Instant.parse("2026-11-20T14:30:00Z"), Instant.parse("2026-11-20T21:00:00Z")))
                .containsExactly(LocalDate.of(2026, 11, 20));
    }

    @Test
    void givenASessionOverAWeekend_whenListingItsDays_thenTheWeekdaysInNewYorkCount() {
        // Friday 15:00 New York to Monday 10:00 New York; Friday 23:30 New York is already Saturday in UTC.
        assertThat(DailyReportPages.days(Instant.parse("2026-11-20T20:00:00Z"), Instant.parse("2026-11-23T15:00:00Z")))
                .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 23));
    }

    @Test
    void givenASessionOnASunday_whenListingItsDays_thenItIsThatDay() {
        assertThat(DailyReportPages.days(Instant.parse("2026-11-22T15:00:00Z"), Instant.parse("2026-11-22T16:00:00Z")))
                .containsExactly(LocalDate.of(2026, 11, 22));
    }

    @Test
    void givenADayAndTheRunsEnd_whenNamingItsFile_thenTheDayAndTheUtcStampNameIt() {
        assertThat(DailyReportPages.file(Path.of("reports"), LocalDate.of(2026, 11, 20),
                Instant.parse("2026-12-02T10:15:30Z"))).isEqualTo(Path.of("reports/daily-2026-11-20-20261202-101530.html"));
    }
}
