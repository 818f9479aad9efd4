package com.tradesuite.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderType;

/**
 * Closed round trips as the log holds them: entry intent, entry and both legs accepted, entry filled, the stop leg
 * trailed twice by replace, the trailed stop filled, the take-profit canceled and a cooldown (12 events each), one
 * every 30 minutes.
 */
final class RoundTrips {

    private RoundTrips() {
    }

    static List<EventEnvelope<?>> of(int count, List<String> symbols) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.addAll(one(symbols.get(i % symbols.size()), i));
        }
        return events;
    }

    static List<EventEnvelope<?>> one(String symbol, int n) {
        String id = symbol + "-" + n;
        Instant t = Events.T0.plusSeconds(1800L * n);
        List<EventEnvelope<?>> events = new ArrayList<>();
        EventEnvelope<?> intent = Events.entryIntent(symbol, "entry-" + id, "10", "110", "95", t);
        // the correlation id of an entry is its signal's id, one per trade
        events.add(Events.env(symbol, intent.payload(), t, "signal-" + id));
        events.add(Events.entryAccepted(symbol, "b-entry-" + id, "entry-" + id, "10", t.plusSeconds(1)));
        events.add(Events.takeProfitLeg(symbol, "b-tp-" + id, "tp-" + id, "b-entry-" + id, "10", "110",
                t.plusSeconds(1)));
        events.add(Events.stopLossLeg(symbol, "b-sl-" + id, "sl-" + id, "b-entry-" + id, "10", "95", t.plusSeconds(1)));
        events.add(Events.buy(symbol, "x-in-" + id, "b-entry-" + id, "entry-" + id, "10", "100", t.plusSeconds(2)));
        events.add(Events.replaceRequested(symbol, "b-sl-" + id, "sl2-" + id, "97", t.plusSeconds(10)));
        events.add(Events.replaced(symbol, "b-sl-" + id, "sl-" + id, "b-sl2-" + id, "sl2-" + id, "97",
                t.plusSeconds(11)));
        events.add(Events.replaceRequested(symbol, "b-sl2-" + id, "sl3-" + id, "99", t.plusSeconds(20)));
        events.add(Events.replaced(symbol, "b-sl2-" + id, "sl2-" + id, "b-sl3-" + id, "sl3-" + id, "99",
                t.plusSeconds(21)));
        events.add(Events.sell(symbol, "x-out-" + id, "b-sl3-" + id, "sl3-" + id, "b-entry-" + id, OrderType.STOP,
                "10", "99", "0", t.plusSeconds(30)));
        events.add(Events.canceled(symbol, "b-tp-" + id, "tp-" + id, t.plusSeconds(31)));
        events.add(Events.cooldownStarted(symbol, t.plusSeconds(600), t.plusSeconds(31)));
        return events;
    }
}
