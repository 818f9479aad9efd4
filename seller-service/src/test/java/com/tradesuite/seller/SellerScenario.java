package com.tradesuite.seller;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.tradesuite.domain.Events;
import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.domain.time.Timeframe;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.seller.config.SellerSettings;

/**
 * The trade the seller's tests trail, built with trading-domain's {@link Events}: an AAPL bracket of 10 shares at 100
 * (take-profit 130, the stop given), the prices the integration test also trades at the paper exchange, and the
 * range-1 bars whose ATR(3) is exactly 1. (The shared {@code Scenario} bracket, 59 at 228.93, would change every
 * stop the tests expect.)
 */
public final class SellerScenario {

    public static final String AAPL = Events.AAPL;
    public static final Instant T0 = Events.T0;
    /** The correlation id {@link Events#env} gives every AAPL event: the trade's signal id. */
    public static final String SIGNAL = "corr-" + AAPL;
    public static final String ENTRY_ID = "entry-1";
    public static final String SL_ID = "sl-1";

    private SellerScenario() {
    }

    /** Momentum neutral (factors 1): the trail is always the base 2 ATR. */
    public static SellerSettings settings() {
        return settings(new MomentumTrail(3, Events.dec("1.5"), BigDecimal.ONE, BigDecimal.ONE));
    }

    public static SellerSettings settings(MomentumTrail momentum) {
        return new SellerSettings(Timeframe.ONE_MINUTE, 3, Events.dec("2"), Events.dec("0.05"),
                Duration.ofMinutes(30), Duration.ofSeconds(120), Duration.ofSeconds(2), momentum);
    }

    public static Instant minute(int n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    /** Entry intent, acceptance of the entry and its two legs, and the entry fill: a protected 10-share position. */
    public static List<EventEnvelope<?>> bracketPosition(String stop) {
        return List.of(
                Events.entryIntent(AAPL, ENTRY_ID, "10", "130", stop, T0),
                Events.entryAccepted(AAPL, "b-entry", ENTRY_ID, "10", T0),
                Events.takeProfitLeg(AAPL, "b-tp", "tp-1", "b-entry", "10", "130", T0),
                Events.stopLossLeg(AAPL, "b-sl", SL_ID, "b-entry", "10", stop, T0),
                Events.buy(AAPL, "x-entry", "b-entry", ENTRY_ID, "10", "100", T0));
    }

    /** A 1-minute bar of range 1 around {@code close}, with the scanner's deterministic event id. */
    public static EventEnvelope<BarClosed> bar(int minute, String close) {
        BigDecimal c = Events.dec(close);
        BarClosed bar = Events.bar(minute(minute), close, c.add(Events.dec("0.5")).toPlainString(),
                c.subtract(Events.dec("0.5")).toPlainString(), close);
        return EventEnvelope.withId("bar:" + AAPL + ":" + minute(minute), bar, AAPL, "scanner", minute(minute + 1),
                null, null);
    }

    /** The risk manager's attribution of a stop-leg exit of the position. */
    public static EventEnvelope<ExitAttributed> exit(String executionId, String pnl, Instant at) {
        ExitAttributed exit = new ExitAttributed(executionId, "b-sl", SL_ID, ExitLayer.EXCHANGE_BRACKET, "stop loss",
                OrderType.STOP, Events.dec("95"), Events.dec("10"), Events.dec(pnl), null, BigDecimal.ZERO);
        return EventEnvelope.withId("exit:" + executionId, exit, AAPL, "risk-manager", at, SIGNAL, null);
    }
}
