package com.tradesuite.broker.ws;

import com.tradesuite.broker.model.TradeUpdate;

/** Receives trade updates in order on the stream's single event thread; exceptions are logged, not fatal. */
public interface TradeUpdateListener {

    /** A new update (live or rebuilt by catch-up), already de-duplicated. */
    void onUpdate(TradeUpdate update);

    /** The stream is authorised, listening and caught up; {@code connection} counts from 1. */
    default void onListening(int connection) {
    }

    /** The connection was lost; a reconnect is already scheduled. */
    default void onDisconnected(String reason) {
    }

    /** Something went wrong that the stream works around (bad frame, failed catch-up, refused auth). */
    default void onError(Exception error) {
    }
}
