package com.tradesuite.monitor.streams;

import java.io.Serializable;
import java.util.List;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.jboss.logging.Logger;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;
import com.tradesuite.domain.report.ReportEntry;
import com.tradesuite.domain.report.SymbolLedger;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.kafka.TopicSerdes;
import com.tradesuite.schemas.serde.DecodeResult;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * The report's topology: {@code orders}, {@code fills} and {@code exit-source} (co-partitioned by symbol) fold per
 * symbol into the symbol stores, each event's report entry is re-keyed to the one account key (a repartition topic of
 * one partition) and summed into the account stores. Every store has a changelog.
 */
public final class MonitorTopology {

    /** The monitor's input topics, in the catalog. */
    public static final List<Topic<?>> INPUTS = List.of(TopicCatalog.ORDERS, TopicCatalog.FILLS,
            TopicCatalog.EXIT_SOURCE);

    private static final Logger LOG = Logger.getLogger(MonitorTopology.class);

    private MonitorTopology() {
    }

    public static Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(store(ReportStores.SYMBOL_LEDGERS, SymbolLedger.class));
        builder.addStateStore(store(ReportStores.SYMBOL_DAYS, ReportAggregate.class));
        builder.addStateStore(store(ReportStores.ACCOUNT_TOTAL, ReportAggregate.class));
        builder.addStateStore(store(ReportStores.ACCOUNT_DAYS, ReportAggregate.class));
        builder.addStateStore(store(ReportStores.ACCOUNT_PROTECTION, ProtectionBoard.class));

        KStream<String, EventEnvelope<?>> events = null;
        for (Topic<?> topic : INPUTS) {
            KStream<String, EventEnvelope<?>> stream = events(builder, topic);
            events = events == null ? stream : events.merge(stream);
        }
        events.process(SymbolLedgerProcessor::new, Named.as("symbol-ledger"),
                        ReportStores.SYMBOL_LEDGERS, ReportStores.SYMBOL_DAYS)
                .repartition(Repartitioned.<String, ReportEntry>as(ReportStores.ACCOUNT_REPARTITION)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(new JavaSerde<>(ReportEntry.class))
                        .withNumberOfPartitions(1))
                .process(AccountProcessor::new, Named.as("account-aggregates"),
                        ReportStores.ACCOUNT_TOTAL, ReportStores.ACCOUNT_DAYS, ReportStores.ACCOUNT_PROTECTION);
        return builder.build();
    }

    private static <E extends Event> KStream<String, EventEnvelope<?>> events(StreamsBuilder builder, Topic<E> topic) {
        Serializer<DecodeResult<E>> unused = (name, value) -> {
            throw new UnsupportedOperationException("the monitor never writes " + topic.name());
        };
        Serde<DecodeResult<E>> values = Serdes.serdeFrom(unused, TopicSerdes.valueDeserializer(topic));
        return builder.stream(topic.name(), Consumed.with(Serdes.String(), values).withName("read-" + topic.name()))
                .flatMapValues(MonitorTopology::valid, Named.as("decode-" + topic.name()));
    }

    private static <E extends Event> List<EventEnvelope<?>> valid(DecodeResult<E> result) {
        if (result instanceof DecodeResult.Valid<E> valid) {
            return List.of(valid.envelope());
        }
        // The runtime's consumer dead-letters it; the report skips it as the fold does.
        LOG.debugf("skipping an invalid record: %s", result);
        return List.of();
    }

    private static <T extends Serializable> StoreBuilder<KeyValueStore<String, T>> store(String name,
                                                                                          Class<T> type) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(),
                new JavaSerde<>(type));
    }
}
