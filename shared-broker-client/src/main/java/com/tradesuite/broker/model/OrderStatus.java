package com.tradesuite.broker.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Order status as Alpaca spells it; unknown values read as UNKNOWN so a new broker state never breaks parsing. */
public enum OrderStatus implements WireEnum {
    NEW("new"),
    PARTIALLY_FILLED("partially_filled"),
    FILLED("filled"),
    DONE_FOR_DAY("done_for_day"),
    CANCELED("canceled"),
    EXPIRED("expired"),
    REPLACED("replaced"),
    PENDING_CANCEL("pending_cancel"),
    PENDING_REPLACE("pending_replace"),
    ACCEPTED("accepted"),
    PENDING_NEW("pending_new"),
    ACCEPTED_FOR_BIDDING("accepted_for_bidding"),
    STOPPED("stopped"),
    REJECTED("rejected"),
    SUSPENDED("suspended"),
    CALCULATED("calculated"),
    HELD("held"),
    UNKNOWN("unknown");

    private final String wire;

    OrderStatus(String wire) {
        this.wire = wire;
    }

    @Override
    @JsonValue
    public String wire() {
        return wire;
    }

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
