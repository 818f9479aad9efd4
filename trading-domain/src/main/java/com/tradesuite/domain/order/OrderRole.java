package com.tradesuite.domain.order;

import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

/** What an order does for its position, derived from side, type, class and parent: a buy enters, a sell exits. */
public enum OrderRole {
    ENTRY,
    /** The take-profit leg of an entry bracket. */
    TAKE_PROFIT_LEG,
    /** The stop-loss leg of an entry bracket. */
    STOP_LOSS_LEG,
    /** The take-profit limit that is the parent of an OCO exit. */
    OCO_TAKE_PROFIT,
    /** The stop leg of an OCO exit. */
    OCO_STOP_LOSS,
    STOP_EXIT,
    TRAILING_STOP,
    LIMIT_EXIT,
    MARKET_EXIT;

    /**
     * Derives the role.
     *
     * @param parentClass the order class of the parent order for a leg; null for an order without a parent
     */
    public static OrderRole derive(Side side, OrderType type, OrderClass orderClass, boolean isLeg,
                                   OrderClass parentClass) {
        if (side == Side.BUY) {
            return ENTRY;
        }
        if (isLeg) {
            boolean stop = type == OrderType.STOP || type == OrderType.STOP_LIMIT;
            if (parentClass == OrderClass.OCO) {
                return stop ? OCO_STOP_LOSS : OCO_TAKE_PROFIT;
            }
            return stop ? STOP_LOSS_LEG : TAKE_PROFIT_LEG;
        }
        if (orderClass == OrderClass.OCO) {
            return OCO_TAKE_PROFIT;
        }
        return switch (type) {
            case STOP, STOP_LIMIT -> STOP_EXIT;
            case TRAILING_STOP -> TRAILING_STOP;
            case LIMIT -> LIMIT_EXIT;
            case MARKET -> MARKET_EXIT;
        };
    }

    public boolean isExit() {
        return this != ENTRY;
    }

    /** Triggers on a falling price: the order that protects a long position. */
    public boolean isStop() {
        return this == STOP_LOSS_LEG || this == OCO_STOP_LOSS || this == STOP_EXIT || this == TRAILING_STOP;
    }

    public boolean isBracketLeg() {
        return this == TAKE_PROFIT_LEG || this == STOP_LOSS_LEG;
    }
}
