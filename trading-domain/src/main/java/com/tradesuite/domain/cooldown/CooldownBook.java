package com.tradesuite.domain.cooldown;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.tradesuite.schemas.event.CooldownCleared;
import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;

/** Per-symbol entry cooldowns folded from {@code cooldowns}: a symbol cools down until the latest end started, unless cleared. */
public record CooldownBook(Map<String, Instant> untilBySymbol) {

    public CooldownBook {
        untilBySymbol = Map.copyOf(untilBySymbol);
    }

    public static CooldownBook empty() {
        return new CooldownBook(Map.of());
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
            Map<String, Instant> until = new HashMap<>(untilBySymbol);
            // Two overlapping cooldowns: the later end wins, a shorter one never cuts a longer one short.
            until.merge(envelope.symbol(), started.until(), (a, b) -> a.isAfter(b) ? a : b);
            return new CooldownBook(until);
        }
        if (envelope.payload() instanceof CooldownCleared && untilBySymbol.containsKey(envelope.symbol())) {
            Map<String, Instant> until = new HashMap<>(untilBySymbol);
            until.remove(envelope.symbol());
            return new CooldownBook(until);
        }
        return this;
    }

    /** True while {@code now} is before the cooldown's end. */
    public boolean isCoolingDown(String symbol, Instant now) {
        return coolingDownUntil(symbol, now).isPresent();
    }

    /** The end of the symbol's running cooldown; empty when none runs at {@code now}. */
    public Optional<Instant> coolingDownUntil(String symbol, Instant now) {
        Instant until = untilBySymbol.get(symbol);
        return until != null && now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }
}
