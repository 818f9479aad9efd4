package com.tradesuite.domain.exit;

import java.math.BigDecimal;

import com.tradesuite.domain.order.TrackedOrder;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderReplaceRequested;

/** What the trailing rule says for one bar; both carry the highest close so far for the next bar. */
public sealed interface TrailDecision {

    BigDecimal highestClose();

    /** Keep the stop where it is. */
    record Hold(BigDecimal highestClose, String reason) implements TrailDecision {
    }

    /** Replace the stop leg with a higher stop. */
    record Raise(BigDecimal highestClose, BigDecimal newStop, String reason) implements TrailDecision {

        /** The replace request for the live stop order, written to {@code orders} before the PATCH. */
        public OrderReplaceRequested toReplaceRequest(TrackedOrder stopOrder, String newClientOrderId) {
            return new OrderReplaceRequested(stopOrder.brokerOrderId(), newClientOrderId, OrderPurpose.TRAILING_STOP,
                    null, null, newStop, reason);
        }
    }
}
