package com.tradesuite.domain.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProtectionGapsTest {

    private static final Instant T0 = Instant.parse("2026-11-16T15:00:00Z");

    private final ProtectionGaps gaps = new ProtectionGaps();

    @Test
    void aGapLastsFromTheFirstUnprotectedAuditToTheFirstProtectedOne() {
        // given
        gaps.observe("AAPL", false, T0);
        gaps.observe("AAPL", false, T0.plusMillis(300));

        // when
        var ended = gaps.observe("AAPL", true, T0.plusMillis(1200));

        // then
        assertThat(ended).contains(Duration.ofMillis(1200));
        assertThat(gaps.current(T0.plusSeconds(5))).isEmpty();
    }

    @Test
    void aProtectedPositionHasNoGap() {
        // when
        var ended = gaps.observe("AAPL", true, T0);

        // then
        assertThat(ended).isEmpty();
        assertThat(gaps.current(T0)).isEmpty();
    }

    @Test
    void anOpenGapIsReportedWithItsLengthSoFar() {
        // given
        gaps.observe("AAPL", false, T0);
        gaps.observe("MSFT", true, T0);

        // then
        assertThat(gaps.current(T0.plusSeconds(3))).containsOnlyKeys("AAPL").containsEntry("AAPL",
                Duration.ofSeconds(3));
    }

    @Test
    void aPositionClosedWhileUnprotectedEndsItsGap() {
        // given
        gaps.observe("AAPL", false, T0);
        gaps.observe("MSFT", false, T0);

        // when
        var ended = gaps.retainOpen(Set.of("MSFT"), T0.plusSeconds(2));

        // then
        assertThat(ended).containsOnlyKeys("AAPL").containsEntry("AAPL", Duration.ofSeconds(2));
        assertThat(gaps.current(T0.plusSeconds(2))).containsOnlyKeys("MSFT");
    }
}
