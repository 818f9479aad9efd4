package com.tradesuite.bench.log;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the writer put on the broker.
 *
 * @param eventsPerTopic event count per topic name
 * @param valueBytes total size of the record values (JSON envelopes)
 */
public record WrittenLog(long events, Map<String, Long> eventsPerTopic, long valueBytes, long roundTrips,
                         List<String> symbols, Duration writeTime) {

    public WrittenLog {
        eventsPerTopic = Map.copyOf(eventsPerTopic);
        symbols = List.copyOf(symbols);
    }

    public long averageValueBytes() {
        return events == 0 ? 0 : valueBytes / events;
    }

    /** The topics that hold events, the ones every reader reads. */
    public List<String> topics() {
        return eventsPerTopic.keySet().stream().sorted().toList();
    }
}
