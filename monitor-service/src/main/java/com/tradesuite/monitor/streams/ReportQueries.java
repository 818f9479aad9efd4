package com.tradesuite.monitor.streams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import com.tradesuite.domain.report.ProtectionBoard;
import com.tradesuite.domain.report.ReportAggregate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Interactive queries of the account stores: they live on the one instance that owns the account key's partition;
 * on any other instance the answer is where they are ({@code application.server} of that instance).
 */
@ApplicationScoped
public class ReportQueries {

    @Inject
    KafkaStreams streams;

    @Inject
    StreamsProgress progress;

    /** The account's report from this instance's stores; empty and incomplete while they are not queryable here. */
    public AccountReport account() {
        try {
            return read(streams, progress.upToDate(streams));
        } catch (InvalidStateStoreException notHere) {
            return AccountReport.notYet();
        }
    }

    /** Reads the account stores of {@code streams} (throws {@link InvalidStateStoreException} when not queryable). */
    static AccountReport read(KafkaStreams streams, boolean complete) {
        ReportAggregate history = store(streams, ReportStores.ACCOUNT_TOTAL, ReportAggregate.class)
                .get(ReportStores.ACCOUNT);
        ProtectionBoard protection = store(streams, ReportStores.ACCOUNT_PROTECTION, ProtectionBoard.class)
                .get(ReportStores.ACCOUNT);
        return new AccountReport(history == null ? ReportAggregate.empty() : history, days(streams),
                protection == null ? ProtectionBoard.empty() : protection, complete);
    }

    /** The {@code host:port} of another instance that holds the account stores, if they are not on this one. */
    public Optional<HostInfo> elsewhere() {
        if (progress.state() != KafkaStreams.State.RUNNING) {
            return Optional.empty();
        }
        KeyQueryMetadata metadata = streams.queryMetadataForKey(ReportStores.ACCOUNT_TOTAL, ReportStores.ACCOUNT,
                Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return Optional.empty();
        }
        boolean local = streams.metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .anyMatch(task -> task.topicPartitions().stream()
                        .anyMatch(partition -> partition.topic().endsWith(ReportStores.ACCOUNT_REPARTITION
                                + "-repartition") && partition.partition() == metadata.partition()));
        return local ? Optional.empty() : Optional.of(metadata.activeHost());
    }

    /** The account's days, oldest first (their keys are ISO dates). */
    private static List<ReportAggregate> days(KafkaStreams streams) {
        Map<String, ReportAggregate> days = new TreeMap<>();
        try (KeyValueIterator<String, ReportAggregate> all = store(streams, ReportStores.ACCOUNT_DAYS,
                ReportAggregate.class).all()) {
            all.forEachRemaining(day -> days.put(day.key, day.value));
        }
        return List.copyOf(days.values());
    }

    private static <T> ReadOnlyKeyValueStore<String, T> store(KafkaStreams streams, String name, Class<T> type) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, T>keyValueStore()));
    }
}
