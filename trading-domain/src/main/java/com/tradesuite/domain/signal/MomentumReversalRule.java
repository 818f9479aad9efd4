package com.tradesuite.domain.signal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.ExitSignalled;

/**
 * Momentum reversed: the close is below its short EMA and lower than {@code momentumBars} bars ago; one
 * {@link ExitSignalled} per reversal, the next only after a close back at or above the EMA.
 */
public final class MomentumReversalRule {

    /** The strategy name the exit signals carry. */
    public static final String STRATEGY = "momentum-reversal";

    private final Settings settings;
    private final BigDecimal alpha;

    /**
     * @param emaBars bars of the exponential moving average the close is compared with
     * @param momentumBars momentum is the close now against the close this many bars ago
     */
    public record Settings(int emaBars, int momentumBars) {
        public Settings {
            if (emaBars < 1 || momentumBars < 1) {
                throw new IllegalArgumentException("emaBars and momentumBars must be at least 1, were " + emaBars
                        + " and " + momentumBars);
            }
        }
    }

    /**
     * One symbol's state: bounded to the last {@code momentumBars + 1} closes.
     *
     * @param reversed the last bar was reversed (signalled or still warming up): no second signal until it ends
     */
    public record State(BigDecimal ema, List<BigDecimal> closes, int bars, boolean reversed, Instant lastBarStart)
            implements Serializable {
        public State {
            closes = List.copyOf(closes);
        }
    }

    /** The symbol's state after a bar and the exit signal the bar produced, if any. */
    public record Step(State state, Optional<ExitSignalled> signal) {
    }

    public MomentumReversalRule(Settings settings) {
        this.settings = settings;
        this.alpha = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(settings.emaBars() + 1L), MathContext.DECIMAL64);
    }

    public State initialState() {
        return new State(null, List.of(), 0, false, null);
    }

    public Step onBar(String symbol, State state, BarClosed bar) {
        if (state.lastBarStart() != null && !bar.barStart().isAfter(state.lastBarStart())) {
            return new Step(state, Optional.empty());
        }
        BigDecimal close = bar.close();
        BigDecimal ema = state.ema() == null ? close
                : state.ema().add(alpha.multiply(close.subtract(state.ema()), MathContext.DECIMAL64));
        List<BigDecimal> closes = new ArrayList<>(state.closes());
        closes.add(close);
        while (closes.size() > settings.momentumBars() + 1) {
            closes.remove(0);
        }
        int bars = state.bars() + 1;
        boolean warm = bars >= settings.emaBars() && closes.size() > settings.momentumBars();
        BigDecimal momentum = warm ? close.subtract(closes.get(0)) : null;
        boolean reversed = close.compareTo(ema) < 0 && (momentum == null || momentum.signum() < 0);
        State next = new State(ema, closes, bars, reversed, bar.barStart());
        if (!warm || !reversed || state.reversed()) {
            return new Step(next, Optional.empty());
        }
        String reason = "close " + close.toPlainString() + " fell below the " + settings.emaBars() + "-bar EMA "
                + ema.setScale(4, RoundingMode.HALF_UP).toPlainString() + " and is " + momentum.negate().toPlainString()
                + " below the close " + settings.momentumBars() + " bars ago";
        return new Step(next, Optional.of(new ExitSignalled(signalId(symbol, bar.barStart()), STRATEGY,
                bar.barStart(), reason)));
    }

    /** Deterministic: the same bar of the same symbol always gives the same signal id. */
    public static String signalId(String symbol, Instant barStart) {
        return "momentum-exit:" + symbol + ":" + barStart;
    }
}
