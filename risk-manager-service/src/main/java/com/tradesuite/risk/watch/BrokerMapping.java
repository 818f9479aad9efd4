package com.tradesuite.risk.watch;

import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;

import java.util.Optional;

/** Broker wire enums to event enums; anything the events cannot express maps to empty (the caller skips it). */
final class BrokerMapping {

    private BrokerMapping() {
    }

    static Optional<Side> side(OrderSide side) {
        if (side == null) {
            return Optional.empty();
        }
        return Optional.of(side == OrderSide.BUY ? Side.BUY : Side.SELL);
    }

    static Optional<OrderType> type(com.tradesuite.broker.model.OrderType type) {
        if (type == null) {
            return Optional.empty();
        }
        return switch (type) {
            case MARKET -> Optional.of(OrderType.MARKET);
            case LIMIT -> Optional.of(OrderType.LIMIT);
            case STOP -> Optional.of(OrderType.STOP);
            case STOP_LIMIT -> Optional.of(OrderType.STOP_LIMIT);
            case TRAILING_STOP -> Optional.of(OrderType.TRAILING_STOP);
            case UNKNOWN -> Optional.empty();
        };
    }

    /** Multi-leg option orders and unknown classes read as simple: the suite trades long stock only. */
    static OrderClass orderClass(com.tradesuite.broker.model.OrderClass orderClass) {
        if (orderClass == null) {
            return OrderClass.SIMPLE;
        }
        return switch (orderClass) {
            case BRACKET -> OrderClass.BRACKET;
            case OCO -> OrderClass.OCO;
            case OTO -> OrderClass.OTO;
            case SIMPLE, MLEG, UNKNOWN -> OrderClass.SIMPLE;
        };
    }
}
