package com.tradesuite.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.tradesuite.domain.cooldown.CooldownBook;
import com.tradesuite.domain.entry.SignalLedger;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.order.OrderFoldResult;
import com.tradesuite.domain.pnl.DailyRealisedPnl;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.PositionReconciled;

/**
 * Everything a service rebuilds from the topics before it acts, folded in one place: positions, orders, cooldowns,
 * the realised P&L per New York day and the decided signals. Feed it every envelope of {@code orders}, {@code fills}
 * and {@code cooldowns}; other events are ignored. It holds what is live plus a bounded memory of the finished, so an
 * event costs the same whatever the history. Persistent: {@link #apply} returns a new state sharing structure.
 */
public record TradingState(PositionBook positions, OrderBook orders, CooldownBook cooldowns,
                           DailyRealisedPnl dailyPnl, SignalLedger signals) implements Serializable {

    /**
     * The version of this fold: raise it with any change to how an event moves the books (or to their shape), so
     * every snapshot written by the old fold is ignored and the history is folded again by the new one.
     */
    public static final int FOLD_VERSION = 1;

    private static final TradingState EMPTY = new TradingState(PositionBook.empty(), OrderBook.empty(),
            CooldownBook.empty(), DailyRealisedPnl.empty(), SignalLedger.empty());

    /** The state after one event, and the refusal if the order fold refused it (the orders are then unchanged). */
    public record Step(TradingState state, Optional<FoldRefusal> refusal) {
    }

    public static TradingState empty() {
        return EMPTY;
    }

    public static TradingState of(List<? extends EventEnvelope<?>> events) {
        TradingState state = empty();
        for (EventEnvelope<?> event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /** Folds one event; a refused one leaves the orders unchanged (use {@link #fold} to learn why). */
    public TradingState apply(EventEnvelope<?> envelope) {
        return fold(envelope).state();
    }

    /** Folds one event and reports a refusal, which the caller must count and log with the event id. */
    public Step fold(EventEnvelope<?> envelope) {
        PositionBook newPositions = positions.apply(envelope);
        DailyRealisedPnl newPnl = dailyPnl;
        if (newPositions != positions && envelope.payload() instanceof FillEvent fact) {
            BigDecimal realised = newPositions.position(envelope.symbol()).realizedPnl()
                    .subtract(positions.position(envelope.symbol()).realizedPnl());
            newPnl = dailyPnl.record(envelope.symbol(), timeOf(fact, envelope), realised);
        }
        OrderFoldResult orderResult = orders.applyChecked(envelope);
        TradingState next = new TradingState(newPositions, orderResult.book(), cooldowns.apply(envelope), newPnl,
                signals.apply(envelope));
        return new Step(next, orderResult.refusal());
    }

    private static Instant timeOf(FillEvent fact, EventEnvelope<?> envelope) {
        if (fact instanceof OrderFilled fill) {
            return fill.filledAt();
        }
        if (fact instanceof PositionReconciled reconciled) {
            return reconciled.observedAt();
        }
        return envelope.occurredAt();
    }

    /** Entries held in memory across the books: bounded by live state, whatever the length of the log. */
    public int retainedSize() {
        return orders.retainedOrders() + orders.retainedIntentTimes() + positions.retainedEntries()
                + cooldowns.untilBySymbol().size() + dailyPnl.retainedDays() + signals.size();
    }

    /**
     * The part of this state that belongs to the symbols {@code keep} accepts (one partition's symbols): every
     * book is per symbol, so a slice depends only on that partition's events.
     */
    public TradingState slice(Predicate<String> keep) {
        return new TradingState(positions.slice(keep), orders.slice(keep), cooldowns.slice(keep),
                dailyPnl.slice(keep), signals.slice(keep));
    }

    /** This state with the slice of other symbols: the inverse of {@link #slice} over disjoint symbol sets. */
    public TradingState merge(TradingState other) {
        return new TradingState(positions.merge(other.positions), orders.merge(other.orders),
                cooldowns.merge(other.cooldowns), dailyPnl.merge(other.dailyPnl), signals.merge(other.signals));
    }
}
