package com.tradesuite.domain;

import java.math.BigDecimal;
import java.util.List;

import com.tradesuite.domain.cooldown.CooldownBook;
import com.tradesuite.domain.entry.SignalLedger;
import com.tradesuite.domain.order.OrderBook;
import com.tradesuite.domain.pnl.DailyRealisedPnl;
import com.tradesuite.domain.position.PositionBook;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderFilled;

/**
 * Everything a service rebuilds from the topics before it acts, folded in one place: positions, orders, cooldowns,
 * the realised P&L per New York day and the decided signals. Feed it every envelope of {@code orders}, {@code fills}
 * and {@code cooldowns}; other events are ignored. Immutable: {@link #apply} returns a new state.
 */
public record TradingState(PositionBook positions, OrderBook orders, CooldownBook cooldowns,
                           DailyRealisedPnl dailyPnl, SignalLedger signals) {

    public static TradingState empty() {
        return new TradingState(PositionBook.empty(), OrderBook.empty(), CooldownBook.empty(),
                DailyRealisedPnl.empty(), SignalLedger.empty());
    }

    public static TradingState of(List<? extends EventEnvelope<?>> events) {
        TradingState state = empty();
        for (EventEnvelope<?> event : events) {
            state = state.apply(event);
        }
        return state;
    }

    public TradingState apply(EventEnvelope<?> envelope) {
        PositionBook newPositions = positions.apply(envelope);
        DailyRealisedPnl newPnl = dailyPnl;
        if (envelope.payload() instanceof OrderFilled fill && newPositions != positions) {
            BigDecimal realised = newPositions.position(envelope.symbol()).realizedPnl()
                    .subtract(positions.position(envelope.symbol()).realizedPnl());
            newPnl = dailyPnl.record(fill.filledAt(), realised);
        }
        return new TradingState(newPositions, orders.apply(envelope), cooldowns.apply(envelope), newPnl,
                signals.apply(envelope));
    }
}
