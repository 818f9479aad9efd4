package com.tradesuite.schemas;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EquityPeakRecorded;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSignalled;
import com.tradesuite.schemas.event.OrderAccepted;
import com.tradesuite.schemas.event.OrderCancelRequested;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderExpired;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.event.OrderReplaced;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;
import com.tradesuite.schemas.event.QuoteUpdated;
import com.tradesuite.schemas.event.Regime;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.event.TradingStateChanged;
import com.tradesuite.schemas.event.TradingStateSetBy;
import com.tradesuite.schemas.event.TradingStatus;

/** One realistic instance of every event type, following one AAPL trade from bar to exit. */
public final class EventSamples {

    public static final String SYMBOL = "AAPL";
    private static final Instant T0 = Instant.parse("2026-11-20T14:31:00Z");
    private static final String SIGNAL_ID = EntrySignalled.signalIdFor("momentum", SYMBOL, T0);

    private EventSamples() {
    }

    public static List<Event> payloads() {
        return List.of(
                new BarClosed("1Min", T0, dec("228.10"), dec("228.95"), dec("227.80"), dec("228.90"), 184_220),
                new QuoteUpdated(T0.plusSeconds(61), dec("228.89"), dec("228.91")),
                new EntrySignalled(SIGNAL_ID, "momentum", Side.BUY, T0, dec("228.90"), dec("226.40"),
                        dec("233.90"), dec("1.25"), dec("0.8"), Regime.CHOPPY),
                new ExitSignalled("momentum-exit:AAPL:2026-11-20T15:10:00Z", "momentum",
                        T0.plusSeconds(2340), "momentum faded"),
                new OrderIntentRecorded("entry-AAPL-3f9a1c", OrderPurpose.ENTRY, Side.BUY, OrderType.MARKET,
                        OrderClass.BRACKET, dec("59"), null, null, dec("233.90"), dec("226.40"), "day",
                        "signal " + SIGNAL_ID),
                new OrderCancelRequested("61e6d4f2-7c2a-4c8e-a5a1-4f3c0e9b1a10", OrderPurpose.REPROTECT,
                        "take-profit holds the shares the stop needs"),
                new OrderReplaceRequested("7d1b2e6a-2f6b-4bd5-9a8e-0c1d2e3f4a5b", "trail-AAPL-77ab01",
                        OrderPurpose.TRAILING_STOP, null, null, dec("227.15"), "trail to 1.5 ATR below high"),
                new OrderAccepted("503acd55-9a8c-477e-bb85-f10de42d80f3", "entry-AAPL-3f9a1c", null, Side.BUY,
                        OrderType.MARKET, OrderClass.BRACKET, dec("59"), null, null, "new"),
                new OrderRejected("entry-MSFT-98aa10", "insufficient buying power", 40310000),
                new OrderCanceled("61e6d4f2-7c2a-4c8e-a5a1-4f3c0e9b1a10", "entry-AAPL-3f9a1c-tp", "re-protection"),
                new OrderReplaced("7d1b2e6a-2f6b-4bd5-9a8e-0c1d2e3f4a5b", "entry-AAPL-3f9a1c-sl",
                        "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f", "trail-AAPL-77ab01", null, null, dec("227.15")),
                new OrderExpired("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "entry-TSLA-11ee22"),
                new OrderFilled("exec-20261120-000123", "503acd55-9a8c-477e-bb85-f10de42d80f3", "entry-AAPL-3f9a1c",
                        null, Side.BUY, OrderType.MARKET, dec("59"), dec("228.9312"), dec("59"), dec("59"), false,
                        dec("59"), T0.plusSeconds(62)),
                new EntryDeclined(EntrySignalled.signalIdFor("momentum", SYMBOL, T0.plusSeconds(60)), "COOLDOWN",
                        "AAPL is cooling down until 2026-11-20T15:31:00Z"),
                new CooldownStarted(T0.plusSeconds(3600), "losing exit"),
                new CooldownCleared("manual override"),
                new ExitAttributed("exec-20261120-000456", "9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f",
                        "trail-AAPL-77ab01", ExitLayer.SELLER, "trailing stop", OrderType.STOP, dec("227.15"),
                        dec("59"), dec("-104.08"), dec("-0.70"), dec("0")),
                new PositionAdopted("reconcile:AAPL:0->40:2026-11-20T14:30:00Z", dec("40"), dec("227.5"),
                        "the broker holds 40 shares the log never saw", T0),
                new PositionReconciled("reconcile:AAPL:59->0:2026-11-20T15:00:00Z", dec("59"), dec("0"), null,
                        dec("228.40"), "the broker holds no AAPL position; the log held 59", T0.plusSeconds(1800)),
                new EventDeadLettered("signals", 3, 1042L, SYMBOL, "bm90IGpzb24=", "MALFORMED_JSON",
                        "not JSON: Unrecognized token 'not'"),
                new TradingStateChanged("daily-loss:2026-11-20", 3, TradingStatus.HALTED,
                        "loss 2150.00 is 2.15% of the day's starting equity 100000.00 (limit 2%)",
                        TradingStateSetBy.DAILY_LOSS_LIMIT, false, Instant.parse("2026-11-21T05:00:00Z")),
                new EquityPeakRecorded(new BigDecimal("102450.00"), 3));
    }

    public static List<EventEnvelope<Event>> envelopes() {
        return payloads().stream()
                .map(payload -> EventEnvelope.withId("evt-" + payload.getClass().getSimpleName(), payload, SYMBOL,
                        "sample-service", T0.plusSeconds(90), SIGNAL_ID, "cause-1"))
                .toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
