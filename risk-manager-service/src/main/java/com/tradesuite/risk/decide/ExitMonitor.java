package com.tradesuite.risk.decide;

import com.tradesuite.domain.exit.FallbackDecision;
import com.tradesuite.domain.exit.FallbackExitRule;
import com.tradesuite.domain.exit.HardStopDecision;
import com.tradesuite.domain.exit.HardStopRule;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.position.Position;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesuite.service.memory.SymbolSlices;
import java.util.function.Predicate;

/**
 * On each closed bar of an open position: the emergency hard stop first (it outranks everything), then the fallback
 * exit when price is through the stop and the stop did not fire within its grace; remembers each symbol's breach.
 */
public final class ExitMonitor {

    private final FallbackExitRule fallback;
    private final HardStopRule hardStop;
    private final Map<String, Instant> breachedSince = new ConcurrentHashMap<>();

    public ExitMonitor(FallbackExitRule fallback, HardStopRule hardStop) {
        this.fallback = fallback;
        this.hardStop = hardStop;
    }

    public BarVerdict onBar(Position position, OrderBook orders, BigDecimal close, Instant now) {
        String symbol = position.symbol();
        HardStopDecision hard = hardStop.evaluate(position, orders, close, now);
        if (hard instanceof HardStopDecision.EmergencyExit emergency) {
            return new BarVerdict(Optional.of(emergency.exit()), "emergency-exit", emergency.exit().reason());
        }
        FallbackDecision decision = fallback.evaluate(position, orders, close, breachedSince.get(symbol), now);
        if (decision.breachedSince() == null) {
            breachedSince.remove(symbol);
        } else {
            breachedSince.put(symbol, decision.breachedSince());
        }
        if (decision instanceof FallbackDecision.ExitAtMarket exit) {
            return new BarVerdict(Optional.of(exit.exit()), "fallback-exit", exit.exit().reason());
        }
        if (decision instanceof FallbackDecision.Wait wait) {
            return new BarVerdict(Optional.empty(), "fallback-wait", wait.reason());
        }
        return new BarVerdict(Optional.empty(), "fallback-clear", ((FallbackDecision.Clear) decision).reason());
    }

    /** When the symbol's current breach of the stop began, if one is running. */
    public Optional<Instant> breachedSince(String symbol) {
        return Optional.ofNullable(breachedSince.get(symbol));
    }

    /** The running breaches of the symbols {@code keep} accepts (for a snapshot). */
    public Map<String, Instant> breaches(Predicate<String> keep) {
        return SymbolSlices.only(breachedSince, keep);
    }

    /** Adds breaches read back from a snapshot. */
    public void restore(Map<String, Instant> breaches) {
        breachedSince.putAll(breaches);
    }

    public void reset() {
        breachedSince.clear();
    }
}
