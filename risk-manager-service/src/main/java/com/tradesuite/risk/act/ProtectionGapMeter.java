package com.tradesuite.risk.act;

import com.tradesuite.domain.protection.ProtectionGaps;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * Measures every position's time without protection in real time (the invariant is 2 s of wall clock):
 * {@code tradesuite_protection_gap_seconds} (a histogram of ended gaps) and
 * {@code tradesuite_protection_current_gap_seconds{symbol}} (the open gap, 0 when protected).
 */
public final class ProtectionGapMeter {

    private static final Logger LOG = Logger.getLogger(ProtectionGapMeter.class);
    /** The invariant's bound: a longer gap is logged as a violation. */
    static final Duration INVARIANT = Duration.ofSeconds(2);

    private final ProtectionGaps gaps = new ProtectionGaps();
    private final Clock clock;
    private final MeterRegistry registry;
    private final Timer ended;
    private final Set<String> gauged = ConcurrentHashMap.newKeySet();

    public ProtectionGapMeter(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
        this.ended = Timer.builder("tradesuite.protection.gap")
                .description("How long positions were without protection, per ended gap")
                .serviceLevelObjectives(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                        INVARIANT, Duration.ofSeconds(5), Duration.ofSeconds(30))
                .register(registry);
    }

    /** One audit's verdict for an open position. */
    public void observe(String symbol, boolean isProtected) {
        gaugeOnce(symbol);
        gaps.observe(symbol, isProtected, clock.instant()).ifPresent(gap -> record(symbol, gap));
    }

    /** The audit saw exactly these positions open: gaps of the others ended with their positions. */
    public void retainOpen(Set<String> openSymbols) {
        gaps.retainOpen(openSymbols, clock.instant()).forEach(this::record);
    }

    /** The open gaps' lengths so far, by symbol. */
    public Map<String, Duration> current() {
        return gaps.current(clock.instant());
    }

    /** The state is being rebuilt: open gaps are forgotten unrecorded (the next owner measures its own). */
    public void reset() {
        gaps.clear();
    }

    private void record(String symbol, Duration gap) {
        ended.record(gap);
        if (gap.compareTo(INVARIANT) > 0) {
            LOG.warnf("protection gap of %s lasted %d ms, over the %d ms invariant", symbol, gap.toMillis(),
                    INVARIANT.toMillis());
        }
    }

    private void gaugeOnce(String symbol) {
        if (gauged.add(symbol)) {
            Gauge.builder("tradesuite.protection.current.gap", this,
                            meter -> meter.current().getOrDefault(symbol, Duration.ZERO).toNanos() / 1e9)
                    .description("How long the symbol's open position has been without protection so far")
                    .baseUnit("seconds").tag("symbol", symbol).register(registry);
        }
    }
}
