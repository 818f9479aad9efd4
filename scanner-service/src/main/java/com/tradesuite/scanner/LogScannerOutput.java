package com.tradesuite.scanner;

import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventDeadLettered;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

/** Writes bars to {@code market-data}, signals to {@code signals}, bad bars to {@code dead-letter}, acked each. */
final class LogScannerOutput implements ScannerOutput {

    private final EventPublisher publisher;

    LogScannerOutput(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void bar(EventEnvelope<BarClosed> bar) {
        publisher.publish(TopicCatalog.MARKET_DATA, bar);
    }

    @Override
    public void signal(EventEnvelope<EntrySignalled> signal) {
        publisher.publish(TopicCatalog.SIGNALS, signal);
    }

    @Override
    public void deadLetter(EventEnvelope<EventDeadLettered> letter) {
        publisher.publish(TopicCatalog.DEAD_LETTER, letter);
    }
}
