package com.tradesuite.paperexchange.engine;

import com.tradesuite.paperexchange.core.Prices;
import com.tradesuite.paperexchange.order.Order;
import com.tradesuite.paperexchange.order.OrderSide;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decides whether a price move executes an order and at what price: the first price on the move that
 * satisfies the order, so a stop jumped over by a gap fills at the gap price, not at the stop.
 */
public final class OrderMatcher {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Execution price for {@code order} on {@code move}, or null if it does not execute; may trigger stops. */
    public BigDecimal executionPrice(Order order, PriceMove move) {
        return switch (order.type()) {
            case MARKET -> move.gap() ? move.to() : move.from();
            case LIMIT -> limit(order.side(), order.limitPrice(), move);
            case STOP -> stop(order.side(), order.stopPrice(), move);
            case STOP_LIMIT -> stopLimit(order, move);
            case TRAILING_STOP -> trailing(order, move);
        };
    }

    /** A buy limit takes any price at or below the limit, a sell limit any price at or above. */
    static BigDecimal limit(OrderSide side, BigDecimal limit, PriceMove move) {
        boolean buy = side == OrderSide.BUY;
        if (move.gap()) {
            return satisfiesLimit(buy, move.to(), limit) ? move.to() : null;
        }
        if (satisfiesLimit(buy, move.from(), limit)) {
            return move.from();
        }
        return satisfiesLimit(buy, move.to(), limit) ? limit : null;
    }

    /** A sell stop triggers at or below the stop, a buy stop at or above; it then executes as a market order. */
    static BigDecimal stop(OrderSide side, BigDecimal stop, PriceMove move) {
        boolean sell = side == OrderSide.SELL;
        if (move.gap()) {
            return triggersStop(sell, move.to(), stop) ? move.to() : null;
        }
        if (triggersStop(sell, move.from(), stop)) {
            return move.from();
        }
        return triggersStop(sell, move.to(), stop) ? stop : null;
    }

    private BigDecimal stopLimit(Order order, PriceMove move) {
        if (order.triggered()) {
            return limit(order.side(), order.limitPrice(), move);
        }
        BigDecimal trigger = stop(order.side(), order.stopPrice(), move);
        if (trigger == null) {
            return null;
        }
        order.markTriggered();
        // After the trigger the order is a limit order for the rest of the move.
        return limit(order.side(), order.limitPrice(), new PriceMove(trigger, move.to(), false));
    }

    private BigDecimal trailing(Order order, PriceMove move) {
        boolean sell = order.side() == OrderSide.SELL;
        if (order.hwm() == null) {
            order.setHwm(move.from());
        }
        if (!move.gap()) {
            if (triggersStop(sell, move.from(), trailStop(order))) {
                return move.from();
            }
            updateWatermark(order, move.from());
        }
        BigDecimal stop = trailStop(order);
        if (triggersStop(sell, move.to(), stop)) {
            return move.gap() ? move.to() : stop;
        }
        updateWatermark(order, move.to());
        return null;
    }

    private static void updateWatermark(Order order, BigDecimal price) {
        boolean sell = order.side() == OrderSide.SELL;
        BigDecimal hwm = order.hwm();
        if (sell ? price.compareTo(hwm) > 0 : price.compareTo(hwm) < 0) {
            order.setHwm(price);
        }
        order.setStopPrice(trailStop(order));
    }

    /** Stop price implied by the watermark: below it for a sell, above it for a buy. */
    public static BigDecimal trailStop(Order order) {
        boolean sell = order.side() == OrderSide.SELL;
        BigDecimal hwm = order.hwm();
        BigDecimal distance = order.trailPrice() != null
                ? order.trailPrice()
                : hwm.multiply(order.trailPercent()).divide(HUNDRED, 6, RoundingMode.HALF_UP);
        return Prices.toTick(sell ? hwm.subtract(distance) : hwm.add(distance));
    }

    private static boolean satisfiesLimit(boolean buy, BigDecimal price, BigDecimal limit) {
        return buy ? price.compareTo(limit) <= 0 : price.compareTo(limit) >= 0;
    }

    private static boolean triggersStop(boolean sell, BigDecimal price, BigDecimal stop) {
        return sell ? price.compareTo(stop) <= 0 : price.compareTo(stop) >= 0;
    }
}
