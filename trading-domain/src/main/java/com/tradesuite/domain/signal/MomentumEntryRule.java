package com.tradesuite.domain.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.tradesuite.domain.price.PriceRounding;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Side;

/**
 * Enter long when a bar closes above the highest high of the previous N bars while ATR-normalised momentum is at
 * least the minimum and rising; stop and target sit k and m ATRs away. Deterministic and incremental per symbol.
 */
public final class MomentumEntryRule {

    private static final int RATIO_SCALE = 6;

    private final MomentumSettings settings;

    public MomentumEntryRule(MomentumSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public MomentumState initialState() {
        return MomentumState.initial(settings);
    }

    /** Folds one closed bar of {@code symbol}; a bar of another timeframe, or not newer than the last, changes nothing. */
    public MomentumStep onBar(String symbol, MomentumState state, BarClosed bar) {
        if (!settings.timeframe().equals(bar.timeframe())
                || (state.lastBarStart() != null && !bar.barStart().isAfter(state.lastBarStart()))) {
            return new MomentumStep(state, Optional.empty());
        }
        WilderAtr atr = state.atr().next(bar.high(), bar.low(), bar.close());
        List<BarClosed> previous = state.recentBars();
        BigDecimal momentum = momentum(previous, bar, atr);
        Optional<EntrySignalled> signal = Optional.empty();
        if (momentum != null && previous.size() >= settings.breakoutBars()) {
            boolean breakout = bar.close().compareTo(highestHigh(previous)) > 0;
            boolean rising = state.previousMomentum() != null && momentum.compareTo(state.previousMomentum()) > 0;
            boolean strong = momentum.compareTo(settings.minMomentum()) >= 0;
            if (breakout && rising && strong) {
                signal = signal(symbol, bar, atr.value(), momentum);
            }
        }
        return new MomentumStep(new MomentumState(atr, keepLast(previous, bar), momentum, bar.barStart()), signal);
    }

    /** (close - close momentumBars ago) / ATR, or null while there are too few bars or ATR is not ready or zero. */
    private BigDecimal momentum(List<BarClosed> previous, BarClosed bar, WilderAtr atr) {
        if (atr.value() == null || atr.value().signum() == 0 || previous.size() < settings.momentumBars()) {
            return null;
        }
        BigDecimal pastClose = previous.get(previous.size() - settings.momentumBars()).close();
        return bar.close().subtract(pastClose).divide(atr.value(), RATIO_SCALE, RoundingMode.HALF_EVEN);
    }

    private BigDecimal highestHigh(List<BarClosed> previous) {
        return previous.subList(previous.size() - settings.breakoutBars(), previous.size()).stream()
                .map(BarClosed::high).max(BigDecimal::compareTo).orElseThrow();
    }

    private Optional<EntrySignalled> signal(String symbol, BarClosed bar, BigDecimal atr, BigDecimal momentum) {
        BigDecimal entry = bar.close();
        BigDecimal stop = PriceRounding.down(entry.subtract(atr.multiply(settings.stopAtrMultiple())));
        BigDecimal target = PriceRounding.up(entry.add(atr.multiply(settings.targetAtrMultiple())));
        if (stop.signum() <= 0 || stop.compareTo(entry) >= 0) {
            return Optional.empty(); // an ATR this wide leaves no meaningful stop for a long
        }
        BigDecimal confidence = momentum.divide(settings.fullConfidenceMomentum(), 4, RoundingMode.HALF_EVEN)
                .min(BigDecimal.ONE);
        String signalId = EntrySignalled.signalIdFor(settings.strategy(), symbol, bar.barStart());
        return Optional.of(new EntrySignalled(signalId, settings.strategy(), Side.BUY, bar.barStart(), entry, stop,
                target, atr.setScale(4, RoundingMode.HALF_EVEN).max(new BigDecimal("0.0001")), confidence));
    }

    private List<BarClosed> keepLast(List<BarClosed> previous, BarClosed bar) {
        List<BarClosed> bars = new ArrayList<>(previous);
        bars.add(bar);
        int excess = bars.size() - settings.barsKept();
        return excess > 0 ? bars.subList(excess, bars.size()) : bars;
    }
}
