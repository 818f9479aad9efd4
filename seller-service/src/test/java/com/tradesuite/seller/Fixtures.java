package com.tradesuite.seller;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.tradesuite.domain.exit.MomentumTrail;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** Envelopes as the scanner and the account watcher write them, for one AAPL bracket position. */
final class Fixtures {

    static final String AAPL = "AAPL";
    static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");
    static final String SIGNAL = "signal-aapl-1";

    private static int sequence;

    private Fixtures() {
    }

    /** Momentum neutral (factors 1): the trail is always the base 2 ATR. */
    static SellerSettings settings() {
        return settings(new MomentumTrail(3, dec("1.5"), BigDecimal.ONE, BigDecimal.ONE));
    }

    static SellerSettings settings(MomentumTrail momentum) {
        return new SellerSettings("1Min", 3, dec("2"), dec("0.05"), Duration.ofMinutes(30), Duration.ofSeconds(120),
                Duration.ofSeconds(2), momentum);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Instant minute(int n) {
        return T0.plus(Duration.ofMinutes(n));
    }

    static <E extends Event> EventEnvelope<E> env(E payload, Instant at) {
        return EventEnvelope.withId("evt-" + (++sequence), payload, AAPL, "test", at, SIGNAL, null);
    }

    /** Entry intent, acceptance of the entry and its two legs, and the entry fill: a protected 10-share position. */
    static List<EventEnvelope<?>> bracketPosition(String stop) {
        return List.of(
                env(new OrderIntentRecorded("entry-1", OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                        OrderClass.BRACKET, dec("10"), null, null, dec("130"), dec(stop), "gtc", "signal"), T0),
                env(new OrderAccepted("b-entry", "entry-1", null, Side.BUY, OrderType.MARKET, OrderClass.BRACKET,
                        dec("10"), null, null, "new"), T0),
                env(new OrderAccepted("b-tp", "tp-1", "b-entry", Side.SELL, OrderType.LIMIT, OrderClass.BRACKET,
                        dec("10"), dec("130"), null, "new"), T0),
                env(new OrderAccepted("b-sl", "sl-1", "b-entry", Side.SELL, OrderType.STOP, OrderClass.BRACKET,
                        dec("10"), null, dec(stop), "held"), T0),
                env(new OrderFilled("x-entry", "b-entry", "entry-1", null, Side.BUY, OrderType.MARKET, dec("10"),
                        dec("100"), dec("10"), dec("10"), false, dec("10"), T0), T0));
    }

    /** A 1-minute bar of range 1 around {@code close}. */
    static EventEnvelope<BarClosed> bar(int minute, String close) {
        BigDecimal c = dec(close);
        BarClosed bar = new BarClosed("1Min", minute(minute), c, c.add(dec("0.5")), c.subtract(dec("0.5")), c, 1000);
        return EventEnvelope.withId("bar:" + AAPL + ":" + minute(minute), bar, AAPL, "scanner", minute(minute + 1),
                null, null);
    }

    static EventEnvelope<OrderReplaced> replaced(String oldBrokerId, String oldClientId, String newBrokerId,
                                                 String newClientId, String stop, Instant at) {
        return env(new OrderReplaced(oldBrokerId, oldClientId, newBrokerId, newClientId, dec("10"), null, dec(stop)),
                at);
    }

    static EventEnvelope<ExitAttributed> exit(String executionId, String pnl, Instant at) {
        ExitAttributed exit = new ExitAttributed(executionId, "b-sl", "sl-1", ExitLayer.EXCHANGE_BRACKET, "stop loss",
                OrderType.STOP, dec("95"), dec("10"), dec(pnl), null, BigDecimal.ZERO);
        return EventEnvelope.withId("exit:" + executionId, exit, AAPL, "risk-manager", at, SIGNAL, null);
    }
}
