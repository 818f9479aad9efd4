package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Order status as Alpaca spells it; unknown values read as UNKNOWN so a new broker state never breaks parsing. */
public enum OrderStatus implements WireEnum {
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    DONE_FOR_DAY,
    CANCELED,
    EXPIRED,
    REPLACED,
    PENDING_CANCEL,
    PENDING_REPLACE,
    ACCEPTED,
    PENDING_NEW,
    ACCEPTED_FOR_BIDDING,
    STOPPED,
    REJECTED,
    SUSPENDED,
    CALCULATED,
    HELD,
    UNKNOWN;

    /** True once the order can no longer change (filled, canceled, expired, replaced, rejected, done for day). */
    public boolean isTerminal() {
        switch (this) {
            case FILLED:
            case CANCELED:
            case EXPIRED:
            case REPLACED:
            case REJECTED:
            case DONE_FOR_DAY:
                return true;
            default:
                return false;
        }
    }

    @JsonCreator
    public static OrderStatus fromWire(String value) {
        return WireEnum.lookup(OrderStatus.class, value, UNKNOWN);
    }
}
