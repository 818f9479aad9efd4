package com.tradesuite.risk.act;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ProtectionGapMeterTest {

    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-11-16T15:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ProtectionGapMeter meter = new ProtectionGapMeter(clock, registry);

    @Test
    void anEndedGapIsRecordedInTheHistogramAndTheOpenGapIsTheGauge() {
        // given an audit that finds AAPL unprotected
        meter.observe("AAPL", false);
        clock.advance(Duration.ofMillis(1500));

        // then the open gap shows on the per-symbol gauge
        assertThat(registry.get("tradesuite.protection.current.gap").tag("symbol", "AAPL").gauge().value())
                .isEqualTo(1.5);

        // when the next audit finds it protected
        meter.observe("AAPL", true);

        // then the ended gap is in the histogram and the gauge is back to 0
        Timer gaps = registry.get("tradesuite.protection.gap").timer();
        assertThat(gaps.count()).isEqualTo(1);
        assertThat(gaps.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1500.0);
        assertThat(registry.get("tradesuite.protection.current.gap").tag("symbol", "AAPL").gauge().value())
                .isZero();
    }

    @Test
    void aPositionClosedWhileUnprotectedEndsItsGap() {
        // given
        meter.observe("MSFT", false);
        clock.advance(Duration.ofSeconds(3));

        // when the next audit no longer sees the position open
        meter.retainOpen(Set.of());

        // then
        Timer gaps = registry.get("tradesuite.protection.gap").timer();
        assertThat(gaps.count()).isEqualTo(1);
        assertThat(gaps.totalTime(TimeUnit.SECONDS)).isEqualTo(3.0);
        assertThat(meter.current()).isEmpty();
    }

    /** A clock the test moves. */
    private static final class SteppedClock extends Clock {
        private Instant now;

        SteppedClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
