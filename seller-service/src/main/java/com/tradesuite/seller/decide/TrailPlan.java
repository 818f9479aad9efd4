package com.tradesuite.seller.decide;

import java.math.BigDecimal;

import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderReplaceRequested;

/** What the seller does about a position's stop after one bar. */
public sealed interface TrailPlan {

    String reason();

    /** Nothing to do (flat, no stop, ATR warming up, or the rule holds); not worth a decision line. */
    record Hold(String reason) implements TrailPlan {
    }

    /** A raise may be due, but another intent is in flight for the position. */
    record Wait(String reason) implements TrailPlan {
    }

    /**
     * Replace the stop order with a higher stop.
     *
     * @param stopOrder the live stop to replace (its broker order id is the PATCH target)
     * @param intent the replace intent to append before the PATCH; null when it is already on the log and only the
     *               PATCH is repeated with the same client order id
     */
    record Raise(TrackedOrder stopOrder, BigDecimal newStop, String newClientOrderId, OrderReplaceRequested intent,
                 String reason) implements TrailPlan {

        public boolean resend() {
            return intent == null;
        }
    }
}
