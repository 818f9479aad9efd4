package com.tradesuite.schemas.event;

/**
 * A business fact carried as the payload of an {@link EventEnvelope}; each topic has its own sealed family.
 */
public sealed interface Event
        permits MarketDataEvent, SignalEvent, OrderEvent, FillEvent, CooldownEvent, ExitSourceEvent, DeadLetterEvent,
        TradingStateEvent {
}
