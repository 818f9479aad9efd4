package com.tradesuite.domain.order;

/** What happened to an order, as the state machine sees it; each order event maps to one transition. */
public enum OrderTransition {
    ACCEPT, REJECT, REQUEST_CANCEL, REQUEST_REPLACE, CANCEL, EXPIRE, REPLACE, PARTIAL_FILL, FILL
}
