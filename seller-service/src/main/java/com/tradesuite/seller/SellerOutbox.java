package com.tradesuite.seller;

import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderReplaceRequested;

/** Where the seller appends its events; each call returns only once the log has the event. */
public interface SellerOutbox {

    void replaceRequested(EventEnvelope<OrderReplaceRequested> intent);

    void cooldownStarted(EventEnvelope<CooldownStarted> cooldown);
}
