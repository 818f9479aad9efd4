package com.tradesuite.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.EventEnvelope;

/** A state sliced by symbol and merged back is the original; a slice is the fold of its own symbols' events. */
class SlicedStateTest {

    private static final List<String> SYMBOLS = List.of("AAPL", "MSFT", "TSLA", "NVDA", "AMD");
    private static final Predicate<String> FIRST_HALF = symbol -> symbol.compareTo("B") < 0 || symbol.equals("MSFT");

    @Test
    void slicesOfDisjointSymbolSetsMergeBackIntoTheOriginal() {
        TradingState state = TradingState.of(history());

        TradingState merged = state.slice(FIRST_HALF).merge(state.slice(FIRST_HALF.negate()));

        assertThat(merged).isEqualTo(state);
        assertThat(merged.orders().openOrders()).isNotEmpty();
        assertThat(merged.positions().openPositions()).hasSize(SYMBOLS.size());
    }

    @Test
    void aSliceIsTheFoldOfItsOwnSymbolsEventsAndFoldsOnTheSame() {
        List<EventEnvelope<?>> history = history();
        List<EventEnvelope<?>> own = history.stream().filter(event -> FIRST_HALF.test(event.symbol())).toList();
        List<EventEnvelope<?>> tail = RoundTrips.one("AAPL", 999);

        TradingState slice = TradingState.of(history).slice(FIRST_HALF);
        TradingState continued = slice;
        for (EventEnvelope<?> event : tail) {
            continued = continued.apply(event);
        }

        TradingState ownOnly = TradingState.of(own);
        assertThat(slice.positions()).isEqualTo(ownOnly.positions());
        assertThat(slice.orders()).isEqualTo(ownOnly.orders());
        assertThat(slice.cooldowns()).isEqualTo(ownOnly.cooldowns());
        assertThat(slice.dailyPnl()).isEqualTo(ownOnly.dailyPnl());
        List<EventEnvelope<?>> ownThenTail = new ArrayList<>(own);
        ownThenTail.addAll(tail);
        assertThat(continued.positions()).isEqualTo(TradingState.of(ownThenTail).positions());
        assertThat(continued.orders()).isEqualTo(TradingState.of(ownThenTail).orders());
    }

    @Test
    void aSliceSerialisesWithJdkTypesOnlyAndReadsBackEqual() throws Exception {
        TradingState slice = TradingState.of(history()).slice(FIRST_HALF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(slice);
        }

        Object read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            // pcollections' own types must never be in a snapshot: they are rebuilt on read
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.**;com.tradesuite.**;!*"));
            read = in.readObject();
        }

        assertThat(read).isEqualTo(slice);
        assertThat(((TradingState) read).apply(RoundTrips.one("AAPL", 999).get(0)).orders().openOrders())
                .hasSize(slice.orders().openOrders().size() + 1);
    }

    /** Closed round trips over every symbol, then one entry per symbol left open with its legs. */
    private static List<EventEnvelope<?>> history() {
        List<EventEnvelope<?>> events = new ArrayList<>(RoundTrips.of(4 * SYMBOLS.size(), SYMBOLS));
        for (int i = 0; i < SYMBOLS.size(); i++) {
            events.addAll(RoundTrips.one(SYMBOLS.get(i), 100 + i).subList(0, 5));
        }
        return events;
    }
}
