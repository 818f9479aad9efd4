package com.tradesuite.domain.cooldown;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.pcollections.HashTreePMap;
import org.pcollections.PMap;

import com.tradesuite.domain.memory.SymbolMaps;
import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;

/**
 * Per-symbol entry cooldowns folded from {@code cooldowns}: a symbol cools down until the latest end started, unless
 * cleared. One entry per symbol at most; persistent, so {@link #apply} shares structure with this book.
 */
public record CooldownBook(PMap<String, Instant> until) implements Serializable {

    private static final CooldownBook EMPTY = new CooldownBook(HashTreePMap.empty());

    public static CooldownBook empty() {
        return EMPTY;
    }

    public static CooldownBook of(List<? extends EventEnvelope<?>> events) {
        CooldownBook book = empty();
        for (EventEnvelope<?> event : events) {
            book = book.apply(event);
        }
        return book;
    }

    public CooldownBook apply(EventEnvelope<?> envelope) {
        if (envelope.payload() instanceof CooldownStarted started) {
            Instant known = until.get(envelope.symbol());
            // Two overlapping cooldowns: the later end wins, a shorter one never cuts a longer one short.
            if (known != null && !started.until().isAfter(known)) {
                return this;
            }
            return new CooldownBook(until.plus(envelope.symbol(), started.until()));
        }
        if (envelope.payload() instanceof CooldownCleared && until.containsKey(envelope.symbol())) {
            return new CooldownBook(until.minus(envelope.symbol()));
        }
        return this;
    }

    /** The end of every symbol's latest cooldown (running or over), by symbol. */
    public Map<String, Instant> untilBySymbol() {
        return until;
    }

    /** Only the symbols {@code keep} accepts. */
    public CooldownBook slice(Predicate<String> keep) {
        return new CooldownBook(SymbolMaps.slice(until, keep));
    }

    /** This book with another symbol set's (the other's entry wins for a symbol both hold). */
    public CooldownBook merge(CooldownBook other) {
        return new CooldownBook(until.plusAll(other.until));
    }

    @Serial
    private Object writeReplace() {
        return new Form(SymbolMaps.plain(until));
    }

    /** The serialised form: a plain JDK map, rebuilt into a persistent one on read. */
    private record Form(Map<String, Instant> until) implements Serializable {
        @Serial
        private Object readResolve() {
            return new CooldownBook(SymbolMaps.persistent(until));
        }
    }

    /** True while {@code now} is before the cooldown's end. */
    public boolean isCoolingDown(String symbol, Instant now) {
        return coolingDownUntil(symbol, now).isPresent();
    }

    /** The end of the symbol's running cooldown; empty when none runs at {@code now}. */
    public Optional<Instant> coolingDownUntil(String symbol, Instant now) {
        Instant end = until.get(symbol);
        return end != null && now.isBefore(end) ? Optional.of(end) : Optional.empty();
    }
}
