package com.tradesuite.domain.position;

import static com.tradesuite.domain.Events.AAPL;
import static com.tradesuite.domain.Events.at;
import static com.tradesuite.domain.Events.buy;
import static com.tradesuite.domain.Events.dec;
import static com.tradesuite.domain.Events.entryIntent;
import static com.tradesuite.domain.Events.sell;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.tradesuite.domain.Scenario;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderType;
import org.junit.jupiter.api.Test;

class PositionBookTest {

    /** Buy 10 @ 100, buy 30 @ 104 (avg 103), sell 20 @ 110 (+140), sell 20 @ 101 (-40). */
    private final List<EventEnvelope<?>> roundTrip = List.of(
            entryIntent(AAPL, "entry-1", "40", "115", "98", at(0)),
            buy(AAPL, "x1", "b1", "entry-1", "10", "100", at(1)),
            buy(AAPL, "x2", "b1", "entry-1", "30", "104", at(2)),
            sell(AAPL, "x3", "b2", "exit-1", null, OrderType.LIMIT, "20", "110", "20", at(3)),
            sell(AAPL, "x4", "b3", "exit-2", null, OrderType.MARKET, "20", "101", "0", at(4)));

    @Test
    void buysAverageTheEntryPriceAndTheInitialRiskFollowsTheEntryStop() {
        PositionBook book = PositionBook.of(roundTrip.subList(0, 3));

        Position position = book.position(AAPL);
        assertThat(position.qty()).isEqualByComparingTo("40");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("103");
        assertThat(position.openedAt()).isEqualTo(at(1));
        assertThat(position.initialStopPrice()).isEqualByComparingTo("98");
        assertThat(position.initialRiskPerShare()).get().satisfies(risk -> assertThat(risk).isEqualByComparingTo("5"));
    }

    @Test
    void sellsRealiseAgainstTheAverageEntryUntilFlat() {
        PositionBook partly = PositionBook.of(roundTrip.subList(0, 4));
        assertThat(partly.position(AAPL).qty()).isEqualByComparingTo("20");
        assertThat(partly.position(AAPL).realizedPnl()).isEqualByComparingTo("140");

        PositionBook flat = partly.apply(roundTrip.get(4));

        Position position = flat.position(AAPL);
        assertThat(position.isOpen()).isFalse();
        assertThat(position.realizedPnl()).isEqualByComparingTo("100");
        assertThat(position.roundTripRealizedPnl()).isEqualByComparingTo("100");
        assertThat(position.avgEntryPrice()).isNull();
        assertThat(flat.openPositions()).isEmpty();
    }

    @Test
    void aDuplicateFillFoldedTwiceChangesNothing() {
        PositionBook given = PositionBook.of(roundTrip.subList(0, 4));

        PositionBook after = given.apply(roundTrip.get(3));

        assertThat(after).isEqualTo(given);
        assertThat(after.position(AAPL).qty()).isEqualByComparingTo("20");
    }

    @Test
    void replayingTheWholeLogWithEveryFillDeliveredTwiceRebuildsTheSameState() {
        List<EventEnvelope<?>> twice = new ArrayList<>();
        for (EventEnvelope<?> event : roundTrip) {
            twice.add(event);
            twice.add(event);
        }

        assertThat(PositionBook.of(twice)).isEqualTo(PositionBook.of(roundTrip));
    }

    @Test
    void anEntryIntentReadAfterItsFillStillSetsTheInitialRisk() {
        // orders and fills are different topics: on a rebuild the fill may come first
        PositionBook book = PositionBook.of(List.of(
                buy(AAPL, "x1", "b1", "entry-1", "10", "100", at(1)),
                entryIntent(AAPL, "entry-1", "10", "106", "97.50", at(0))));

        assertThat(book.position(AAPL).initialRiskPerShare()).get()
                .satisfies(risk -> assertThat(risk).isEqualByComparingTo("2.50"));
        assertThat(book.position(AAPL).takeProfitPrice()).isEqualByComparingTo("106");
    }

    @Test
    void aNewRoundTripForgetsThePreviousEntryStop() {
        List<EventEnvelope<?>> events = new ArrayList<>(roundTrip);
        events.add(buy(AAPL, "x5", "b9", "manual-buy", "5", "120", at(10)));

        Position position = PositionBook.of(events).position(AAPL);

        assertThat(position.qty()).isEqualByComparingTo("5");
        assertThat(position.openedAt()).isEqualTo(at(10));
        assertThat(position.initialRiskPerShare()).isEmpty();
        assertThat(position.realizedPnl()).isEqualByComparingTo("100");
        assertThat(position.roundTripRealizedPnl()).isEqualByComparingTo("0");
    }

    @Test
    void aSellBeyondTheHeldQuantityRealisesOnlyTheSharesHeld() {
        PositionBook book = PositionBook.of(List.of(
                buy(AAPL, "x1", "b1", "entry-1", "10", "100", at(1)),
                sell(AAPL, "x2", "b2", "exit-1", null, OrderType.MARKET, "15", "90", "0", at(2))));

        assertThat(book.position(AAPL).qty()).isEqualByComparingTo("0");
        assertThat(book.position(AAPL).realizedPnl()).isEqualByComparingTo("-100");
    }

    @Test
    void theSeedTradeFoldsToTheBrokerPosition() {
        Position position = PositionBook.of(Scenario.bracketEntryFilled()).position(AAPL);

        assertThat(position.qty()).isEqualByComparingTo(dec("59"));
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("228.93");
        assertThat(position.initialRiskPerShare()).get().satisfies(risk -> assertThat(risk).isEqualByComparingTo("2.53"));
    }
}
