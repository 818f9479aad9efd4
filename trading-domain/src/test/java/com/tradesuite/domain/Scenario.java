package com.tradesuite.domain;

import java.util.ArrayList;
import java.util.List;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/**
 * The seed trade every protection test starts from: AAPL bracket entry of 59 at 228.93 with take-profit 233.90 and
 * stop 226.40 (risk 2.53 per share), entry filled, both legs accepted.
 */
public final class Scenario {

    public static final String ENTRY_ID = "entry-AAPL-1";
    public static final String ENTRY_BROKER_ID = "b-entry";
    public static final String TP_ID = "entry-AAPL-1-tp";
    public static final String TP_BROKER_ID = "b-tp";
    public static final String SL_ID = "entry-AAPL-1-sl";
    public static final String SL_BROKER_ID = "b-sl";

    private Scenario() {
    }

    /** Intent, acceptance, both legs, complete fill. */
    public static List<EventEnvelope<?>> bracketEntryFilled() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.add(Events.entryIntent(Events.AAPL, ENTRY_ID, "59", "233.90", "226.40", Events.at(0)));
        events.add(Events.entryAccepted(Events.AAPL, ENTRY_BROKER_ID, ENTRY_ID, "59", Events.at(1)));
        events.add(Events.takeProfitLeg(Events.AAPL, TP_BROKER_ID, TP_ID, ENTRY_BROKER_ID, "59", "233.90",
                Events.at(1)));
        events.add(Events.stopLossLeg(Events.AAPL, SL_BROKER_ID, SL_ID, ENTRY_BROKER_ID, "59", "226.40",
                Events.at(1)));
        events.add(Events.fill(Events.AAPL, "exec-1", ENTRY_BROKER_ID, ENTRY_ID, null, Side.BUY, OrderType.MARKET,
                "59", "228.93", "59", "59", "59", Events.at(2)));
        return events;
    }

    /**
     * The seed incident: the entry filled and its take-profit holds all 59 shares; no stop leg is live and a stop
     * placed afterwards was refused with "insufficient qty available ... held_for_orders: 59".
     */
    public static List<EventEnvelope<?>> takeProfitHoldsSharesNoStop() {
        List<EventEnvelope<?>> events = new ArrayList<>(bracketEntryFilled());
        events.remove(3); // the stop-loss leg never reached the broker
        events.add(Events.exitIntent(Events.AAPL, "stop-AAPL-1", OrderPurpose.TRAILING_STOP, OrderType.STOP, "59",
                "226.40", Events.at(3)));
        events.add(Events.rejected(Events.AAPL, "stop-AAPL-1",
                "insufficient qty available for order (requested: 59, available: 0)", Events.at(3)));
        return events;
    }

    @SafeVarargs
    public static List<EventEnvelope<?>> plus(List<EventEnvelope<?>> given, EventEnvelope<?>... more) {
        List<EventEnvelope<?>> events = new ArrayList<>(given);
        events.addAll(List.of(more));
        return events;
    }
}
