package com.tradesuite.domain.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.tradesuite.schemas.event.BarClosed;

/**
 * One symbol's indicator state: the ATR, the last bars the rule looks back on, the previous momentum and the last
 * bar time (a bar at or before it is a replay and is ignored).
 */
public record MomentumState(WilderAtr atr, List<BarClosed> recentBars, BigDecimal previousMomentum,
                           Instant lastBarStart) {

    public MomentumState {
        recentBars = List.copyOf(recentBars);
    }

    public static MomentumState initial(MomentumSettings settings) {
        return new MomentumState(WilderAtr.of(settings.atrPeriod()), List.of(), null, null);
    }
}
