package com.tradesuite.domain.position;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;

/**
 * THE position fold of the suite: per-symbol long positions from {@code fills}, de-duplicated by executionId, with
 * the initial risk taken from the entry intent on {@code orders}. Immutable: {@link #apply} returns a new book.
 */
public record PositionBook(Map<String, Position> bySymbol, Map<String, EntryPrices> entryPricesByClientOrderId) {

    /** The stop and target an entry intent carried, remembered until its fill opens a position. */
    public record EntryPrices(BigDecimal stopLossPrice, BigDecimal takeProfitPrice) {
    }

    public PositionBook {
        bySymbol = Map.copyOf(bySymbol);
        entryPricesByClientOrderId = Map.copyOf(entryPricesByClientOrderId);
    }

    public static PositionBook empty() {
        return new PositionBook(Map.of(), Map.of());
    }

    /** Folds a list of envelopes in order, e.g. the topics read back on startup. */
    public static PositionBook of(List<? extends EventEnvelope<?>> events) {
        PositionBook book = empty();
        for (EventEnvelope<?> event : events) {
            book = book.apply(event);
        }
        return book;
    }

    /** Folds one event; events this fold does not use return the same book. */
    public PositionBook apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof OrderFilled fill) {
            return applyFill(envelope.symbol(), fill);
        }
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY
                && intent.stopLossPrice() != null) {
            return applyEntryIntent(envelope.symbol(), intent);
        }
        return this;
    }

    /** The symbol's position; a flat one if nothing was ever filled. */
    public Position position(String symbol) {
        return bySymbol.getOrDefault(symbol, Position.flat(symbol));
    }

    public List<Position> openPositions() {
        return bySymbol.values().stream().filter(Position::isOpen)
                .sorted((a, b) -> a.symbol().compareTo(b.symbol())).toList();
    }

    public int openPositionCount() {
        return (int) bySymbol.values().stream().filter(Position::isOpen).count();
    }

    private PositionBook applyFill(String symbol, OrderFilled fill) {
        Position before = position(symbol);
        Position after = before.apply(fill);
        if (after == before) {
            return this;
        }
        EntryPrices prices = after.entryClientOrderId() == null
                ? null : entryPricesByClientOrderId.get(after.entryClientOrderId());
        if (prices != null) {
            after = after.withEntryPrices(prices.stopLossPrice(), prices.takeProfitPrice());
        }
        Map<String, Position> positions = new HashMap<>(bySymbol);
        positions.put(symbol, after);
        return new PositionBook(positions, entryPricesByClientOrderId);
    }

    private PositionBook applyEntryIntent(String symbol, OrderIntentRecorded intent) {
        Map<String, EntryPrices> prices = new HashMap<>(entryPricesByClientOrderId);
        prices.put(intent.clientOrderId(), new EntryPrices(intent.stopLossPrice(), intent.takeProfitPrice()));
        Map<String, Position> positions = new HashMap<>(bySymbol);
        Position current = position(symbol);
        if (current.isOpen() && Objects.equals(current.entryClientOrderId(), intent.clientOrderId())) {
            positions.put(symbol, current.withEntryPrices(intent.stopLossPrice(), intent.takeProfitPrice()));
        }
        return new PositionBook(positions, prices);
    }
}
