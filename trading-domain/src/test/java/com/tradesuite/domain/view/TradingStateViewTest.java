package com.tradesuite.domain.view;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.canceled;
import static com.tradesuite.domain.Events.cooldownCleared;
import static com.tradesuite.domain.Events.cooldownStarted;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryAccepted;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.replaceRequested;
import static com.tradesuite.domain.Events.replaced;
import static com.tradesuite.domain.Events.sell;
import static com.tradesuite.domain.Events.stopLossLeg;
import static com.tradesuite.domain.Events.takeProfitLeg;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tradesuite.domain.Scenario;
import com.tradesuite.domain.TradingState;
import com.tradesuite.domain.order.OrderRole;
import com.tradesuite.domain.order.OrderStatus;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

class TradingStateViewTest {

    private static final String MSFT = "MSFT";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void aFilledBracketEntryShowsItsPositionAndBothLiveLegs() {
        TradingState state = TradingState.of(Scenario.bracketEntryFilled());

        TradingStateView view = TradingStateView.of(state);

        assertThat(view.positions()).containsExactly(new PositionRow(AAPL, dec("59"), dec("228.930000"), at(2),
                dec("226.40"), dec("233.90"), dec("0.0000")));
        assertThat(view.openOrders()).extracting(OrderRow::clientOrderId)
                .containsExactlyInAnyOrder(Scenario.TP_ID, Scenario.SL_ID);
        OrderRow stop = row(view, Scenario.SL_ID);
        assertThat(stop.brokerOrderId()).isEqualTo(Scenario.SL_BROKER_ID);
        assertThat(stop.parentOrderId()).isEqualTo(Scenario.ENTRY_BROKER_ID);
        assertThat(stop.role()).isEqualTo(OrderRole.STOP_LOSS_LEG);
        assertThat(stop.purpose()).isEqualTo(OrderPurpose.ENTRY);
        assertThat(stop.side()).isEqualTo(Side.SELL);
        assertThat(stop.type()).isEqualTo(OrderType.STOP);
        assertThat(stop.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(stop.qty()).isEqualByComparingTo("59");
        assertThat(stop.filledQty()).isEqualByComparingTo("0");
        assertThat(stop.stopPrice()).isEqualByComparingTo("226.40");
        assertThat(row(view, Scenario.TP_ID).limitPrice()).isEqualByComparingTo("233.90");
        assertThat(view.holdsNothing()).isFalse();
    }

    @Test
    void aTrailedStopShowsTheReplacementWithItsNewPriceAndNotTheOldLeg() {
        TradingState state = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                replaceRequested(AAPL, Scenario.SL_BROKER_ID, "trail-1", "227.10", at(60)),
                replaced(AAPL, Scenario.SL_BROKER_ID, Scenario.SL_ID, "b-trail-1", "trail-1", "227.10", at(61))));

        TradingStateView view = TradingStateView.of(state);

        assertThat(view.openOrders()).extracting(OrderRow::clientOrderId)
                .containsExactlyInAnyOrder(Scenario.TP_ID, "trail-1");
        OrderRow trailed = row(view, "trail-1");
        assertThat(trailed.brokerOrderId()).isEqualTo("b-trail-1");
        assertThat(trailed.purpose()).isEqualTo(OrderPurpose.TRAILING_STOP);
        assertThat(trailed.stopPrice()).isEqualByComparingTo("227.10");
    }

    @Test
    void aClosedPositionAndItsFilledOrdersLeaveTheViewAndTheLossCountsForThatDayOnly() {
        TradingState state = TradingState.of(Scenario.plus(Scenario.bracketEntryFilled(),
                sell(AAPL, "exec-2", Scenario.SL_BROKER_ID, Scenario.SL_ID, Scenario.ENTRY_BROKER_ID, OrderType.STOP,
                        "59", "226.40", "0", at(300)),
                canceled(AAPL, Scenario.TP_BROKER_ID, Scenario.TP_ID, at(300))));

        TradingStateView sameDay = TradingStateView.at(state, at(400));
        TradingStateView nextDay = TradingStateView.at(state, at(400).plus(Duration.ofDays(1)));

        assertThat(sameDay.positions()).isEmpty();
        assertThat(sameDay.openOrders()).isEmpty();
        // (226.40 - 228.93) x 59
        assertThat(sameDay.realisedPnlToday()).isEqualByComparingTo("-149.27");
        assertThat(nextDay.realisedPnlToday()).isEqualByComparingTo("0");
        assertThat(sameDay.holdsNothing()).isTrue();
    }

    @Test
    void cooldownsShowTheirEndAndAtMarketTimeOnlyTheRunningOnes() {
        TradingState state = TradingState.of(List.of(
                cooldownStarted(MSFT, at(1800), at(0)),
                cooldownStarted(AAPL, at(600), at(0)),
                cooldownStarted("TSLA", at(900), at(0)),
                cooldownCleared("TSLA", at(10))));

        assertThat(TradingStateView.of(state).cooldowns()).containsExactly(
                Map.entry(AAPL, at(600)), Map.entry(MSFT, at(1800)));
        assertThat(TradingStateView.at(state, at(600)).cooldowns()).containsOnlyKeys(MSFT);
        assertThat(TradingStateView.at(state, null).cooldowns()).containsOnlyKeys(AAPL, MSFT);
        assertThat(TradingStateView.at(state, null).realisedPnlToday()).isNull();
    }

    @Test
    void theSameEventsInterleavedOtherwiseGiveTheSameViewAndTheSameJson() throws JsonProcessingException {
        List<EventEnvelope<?>> events = twoSymbols();
        // Each symbol's events keep their order (one partition), the symbols interleave differently.
        List<EventEnvelope<?>> aaplFirst = new ArrayList<>(events.stream()
                .filter(event -> event.symbol().equals(AAPL)).toList());
        aaplFirst.addAll(events.stream().filter(event -> !event.symbol().equals(AAPL)).toList());

        TradingStateView live = TradingStateView.of(TradingState.of(events));
        TradingStateView replayed = TradingStateView.of(TradingState.of(aaplFirst));

        assertThat(replayed).isEqualTo(live);
        assertThat(JSON.writeValueAsString(replayed)).isEqualTo(JSON.writeValueAsString(live));
        assertThat(live.positions()).extracting(PositionRow::symbol).containsExactly(AAPL, MSFT);
        assertThat(live.openOrders()).extracting(OrderRow::clientOrderId)
                .containsExactly(Scenario.SL_ID, Scenario.TP_ID, "m-sl", "m-tp");
        assertThat(live.cooldowns()).containsOnlyKeys("TSLA");
    }

    @Test
    void aMissingOrderChangesTheJson() throws JsonProcessingException {
        List<EventEnvelope<?>> events = twoSymbols();
        List<EventEnvelope<?>> withoutMsftStop = events.stream()
                .filter(event -> !event.eventId().equals(events.get(events.size() - 2).eventId())).toList();

        String full = JSON.writeValueAsString(TradingStateView.of(TradingState.of(events)));
        String missing = JSON.writeValueAsString(TradingStateView.of(TradingState.of(withoutMsftStop)));

        assertThat(missing).isNotEqualTo(full);
        assertThat(full).contains("\"clientOrderId\":\"m-sl\"", "\"openedAt\":\"2026-11-20T14:31:02Z\"");
    }

    /** MSFT's events first, then AAPL's: the view still lists AAPL first. MSFT's stop leg is the last but one. */
    private static List<EventEnvelope<?>> twoSymbols() {
        List<EventEnvelope<?>> events = new ArrayList<>();
        events.add(entryIntent(MSFT, "m-entry", "10", "420", "400", at(0)));
        events.add(entryAccepted(MSFT, "b-m-entry", "m-entry", "10", at(1)));
        events.add(takeProfitLeg(MSFT, "b-m-tp", "m-tp", "b-m-entry", "10", "420", at(1)));
        events.add(buy(MSFT, "m-exec-1", "b-m-entry", "m-entry", "10", "410", at(2)));
        events.addAll(Scenario.bracketEntryFilled());
        events.add(stopLossLeg(MSFT, "b-m-sl", "m-sl", "b-m-entry", "10", "400", at(1)));
        events.add(cooldownStarted("TSLA", at(1800), at(3)));
        return events;
    }

    private static OrderRow row(TradingStateView view, String clientOrderId) {
        return view.openOrders().stream().filter(order -> order.clientOrderId().equals(clientOrderId)).findFirst()
                .orElseThrow();
    }
}
