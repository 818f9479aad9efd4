package com.tradesuite.seller;

import com.tradesuite.schemas.event.CooldownStarted;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderReplaceRequested;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

/** Appends the seller's intents to {@code orders} and its cooldowns to {@code cooldowns}, waiting for the ack. */
final class KafkaOutbox implements SellerOutbox {

    private final EventPublisher publisher;

    KafkaOutbox(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void replaceRequested(EventEnvelope<OrderReplaceRequested> intent) {
        publisher.publish(TopicCatalog.ORDERS, intent);
    }

    @Override
    public void cooldownStarted(EventEnvelope<CooldownStarted> cooldown) {
        publisher.publish(TopicCatalog.COOLDOWNS, cooldown);
    }
}
