package com.tradesuite.broker.ws;

/** Lifecycle of the trade_updates connection. */
public enum StreamState {
    NOT_STARTED,
    CONNECTING,
    AUTHENTICATING,
    LISTENING,
    DISCONNECTED,
    CLOSED
}
