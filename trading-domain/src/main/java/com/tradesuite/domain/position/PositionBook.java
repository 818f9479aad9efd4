package com.tradesuite.domain.position;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import com.tradesuite.domain.memory.BoundedList;
import com.tradesuite.domain.memory.SymbolMaps;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.event.PositionReconciled;

/**
 * THE position fold of the suite: per-symbol long positions from {@code fills}, de-duplicated by executionId, with
 * the initial risk taken from the entry intent on {@code orders}; a reconciliation with the broker (an adopted or
 * corrected position) sets the position to the broker's. It keeps one position per symbol and the prices of
 * each symbol's latest few entry intents, so an event costs the same whatever the history. Persistent: {@link #apply}
 * returns a new book sharing structure with this one.
 *
 * @param bySymbol every symbol's position (flat ones keep their realised P&L and recent executions)
 * @param entryPricesBySymbol the stop and target of each symbol's latest entry intents, oldest first
 */
public record PositionBook(PMap<String, Position> bySymbol,
                           PMap<String, BoundedList<EntryPrices>> entryPricesBySymbol) implements Serializable {

    /** How many entry intents per symbol keep their prices: an entry fills (or ends) long before the next few. */
    static final int ENTRY_PRICES_REMEMBERED = 8;

    /** The stop and target an entry intent carried, remembered until its fill opens a position. */
    public record EntryPrices(String clientOrderId, BigDecimal stopLossPrice, BigDecimal takeProfitPrice)
            implements Serializable {
    }

    private static final PositionBook EMPTY = new PositionBook(HashTreePMap.empty(), HashTreePMap.empty());

    public static PositionBook empty() {
        return EMPTY;
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
        if (envelope.payload() instanceof PositionAdopted adopted) {
            return reconcile(envelope.symbol(), adopted.qty(), adopted.avgEntryPrice(), adopted.avgEntryPrice(),
                    adopted.observedAt());
        }
        if (envelope.payload() instanceof PositionReconciled reconciled) {
            return reconcile(envelope.symbol(), reconciled.brokerQty(), reconciled.brokerAvgEntryPrice(),
                    reconciled.exitPrice(), reconciled.observedAt());
        }
        if (envelope.payload() instanceof OrderIntentRecorded intent && intent.purpose() == OrderPurpose.ENTRY
                && intent.stopLossPrice() != null) {
            return applyEntryIntent(envelope.symbol(), intent);
        }
        return this;
    }

    /** The symbol's position; a flat one if nothing was ever filled. */
    public Position position(String symbol) {
        Position position = bySymbol.get(symbol);
        return position == null ? Position.flat(symbol) : position;
    }

    public List<Position> openPositions() {
        return bySymbol.values().stream().filter(Position::isOpen)
                .sorted((a, b) -> a.symbol().compareTo(b.symbol())).toList();
    }

    public int openPositionCount() {
        return (int) bySymbol.values().stream().filter(Position::isOpen).count();
    }

    /** Execution ids and entry prices held: bounded per symbol, not by the history. */
    public int retainedEntries() {
        int executions = bySymbol.values().stream().mapToInt(position -> position.executionIds().size()).sum();
        int prices = entryPricesBySymbol.values().stream().mapToInt(BoundedList::size).sum();
        return executions + prices;
    }

    /** Realised P&L of every symbol, by symbol. */
    public Map<String, BigDecimal> realizedPnlBySymbol() {
        Map<String, BigDecimal> pnl = new TreeMap<>();
        bySymbol.forEach((symbol, position) -> pnl.put(symbol, position.realizedPnl()));
        return pnl;
    }

    /** Only the symbols {@code keep} accepts. */
    public PositionBook slice(Predicate<String> keep) {
        return new PositionBook(SymbolMaps.slice(bySymbol, keep), SymbolMaps.slice(entryPricesBySymbol, keep));
    }

    /** This book with another symbol set's (the other's entry wins for a symbol both hold). */
    public PositionBook merge(PositionBook other) {
        return new PositionBook(bySymbol.plusAll(other.bySymbol), entryPricesBySymbol.plusAll(other.entryPricesBySymbol));
    }

    @Serial
    private Object writeReplace() {
        return new Form(SymbolMaps.plain(bySymbol), SymbolMaps.plain(entryPricesBySymbol));
    }

    /** The serialised form: plain JDK maps, rebuilt into persistent ones on read. */
    private record Form(Map<String, Position> bySymbol, Map<String, BoundedList<EntryPrices>> entryPrices)
            implements Serializable {
        @Serial
        private Object readResolve() {
            return new PositionBook(SymbolMaps.persistent(bySymbol), SymbolMaps.persistent(entryPrices));
        }
    }

    private PositionBook applyFill(String symbol, OrderFilled fill) {
        Position before = position(symbol);
        Position after = before.apply(fill);
        if (after == before) {
            return this;
        }
        EntryPrices prices = after.entryClientOrderId() == null ? null : entryPrices(symbol, after.entryClientOrderId());
        if (prices != null) {
            after = after.withEntryPrices(prices.stopLossPrice(), prices.takeProfitPrice());
        }
        return new PositionBook(bySymbol.plus(symbol, after), entryPricesBySymbol);
    }

    private PositionBook reconcile(String symbol, BigDecimal brokerQty, BigDecimal brokerAvgEntryPrice,
                                   BigDecimal exitPrice, Instant at) {
        Position before = position(symbol);
        Position after = before.reconciledTo(brokerQty, brokerAvgEntryPrice, exitPrice, at);
        return after == before ? this : new PositionBook(bySymbol.plus(symbol, after), entryPricesBySymbol);
    }

    private PositionBook applyEntryIntent(String symbol, OrderIntentRecorded intent) {
        if (entryPrices(symbol, intent.clientOrderId()) != null) {
            return this;
        }
        BoundedList<EntryPrices> known = entryPricesBySymbol.get(symbol);
        BoundedList<EntryPrices> prices = (known == null ? BoundedList.<EntryPrices>empty(ENTRY_PRICES_REMEMBERED)
                : known).plus(new EntryPrices(intent.clientOrderId(), intent.stopLossPrice(), intent.takeProfitPrice()));
        PMap<String, Position> positions = bySymbol;
        Position current = position(symbol);
        if (current.isOpen() && Objects.equals(current.entryClientOrderId(), intent.clientOrderId())) {
            positions = positions.plus(symbol, current.withEntryPrices(intent.stopLossPrice(), intent.takeProfitPrice()));
        }
        return new PositionBook(positions, entryPricesBySymbol.plus(symbol, prices));
    }

    private EntryPrices entryPrices(String symbol, String clientOrderId) {
        BoundedList<EntryPrices> prices = entryPricesBySymbol.get(symbol);
        if (prices == null) {
            return null;
        }
        for (int i = prices.size() - 1; i >= 0; i--) {
            if (prices.get(i).clientOrderId().equals(clientOrderId)) {
                return prices.get(i);
            }
        }
        return null;
    }
}
