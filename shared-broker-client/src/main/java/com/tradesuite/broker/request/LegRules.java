package com.tradesuite.broker.request;

import com.tradesuite.domain.price.PriceRounding;

import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;

/** Alpaca's price rules for take-profit and stop-loss legs, checked before the request is sent. */
final class LegRules {

    private LegRules() {
    }

    /** A sell exit (long position) needs TP above SL; a buy exit (short position) the reverse. */
    static void takeProfitBeyondStop(OrderSide exitSide, TakeProfit tp, StopLoss sl) {
        int cmp = tp.limitPrice().compareTo(sl.stopPrice());
        boolean ok = exitSide == OrderSide.SELL ? cmp > 0 : cmp < 0;
        if (!ok) {
            throw new InvalidOrderRequestException("take_profit.limit_price " + tp.limitPrice().toPlainString()
                    + " must be " + (exitSide == OrderSide.SELL ? "above" : "below") + " stop_loss.stop_price "
                    + sl.stopPrice().toPlainString() + " for a " + exitSide.wire() + " exit");
        }
    }

    /** The stop must be at least one tick on the losing side of the base price (Alpaca's $0.01 rule). */
    static void stopAwayFromBase(OrderSide exitSide, BigDecimal base, StopLoss sl) {
        BigDecimal tick = PriceRounding.tick(base);
        BigDecimal stop = sl.stopPrice();
        boolean ok = exitSide == OrderSide.SELL
                ? stop.compareTo(base.subtract(tick)) <= 0
                : stop.compareTo(base.add(tick)) >= 0;
        if (!ok) {
            throw new InvalidOrderRequestException("stop_loss.stop_price " + stop.toPlainString() + " must be at least "
                    + tick.toPlainString() + (exitSide == OrderSide.SELL ? " below" : " above") + " base price "
                    + base.toPlainString());
        }
    }

    /** The take-profit must be at least one tick on the winning side of the base price. */
    static void takeProfitAwayFromBase(OrderSide exitSide, BigDecimal base, TakeProfit tp) {
        BigDecimal tick = PriceRounding.tick(base);
        BigDecimal limit = tp.limitPrice();
        boolean ok = exitSide == OrderSide.SELL
                ? limit.compareTo(base.add(tick)) >= 0
                : limit.compareTo(base.subtract(tick)) <= 0;
        if (!ok) {
            throw new InvalidOrderRequestException("take_profit.limit_price " + limit.toPlainString()
                    + " must be at least " + tick.toPlainString() + (exitSide == OrderSide.SELL ? " above" : " below")
                    + " base price " + base.toPlainString());
        }
    }

    /** Multi-leg orders live only for day or gtc. */
    static TimeInForce dayOrGtc(TimeInForce tif, String orderClass) {
        if (tif != TimeInForce.DAY && tif != TimeInForce.GTC) {
            throw new InvalidOrderRequestException(
                    orderClass + " orders need time_in_force day or gtc, got " + (tif == null ? "none" : tif.wire()));
        }
        return tif;
    }
}
