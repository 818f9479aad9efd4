package com.tradesuite.paperexchange.engine;

/** Receives every trade update in order; called under the engine lock, so it must not block. */
@FunctionalInterface
public interface TradeUpdateListener {

    void onTradeUpdate(TradeUpdate update);
}
