package com.tradesuite.monitor.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionPolicy;
import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.domain.report.TradeReport;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.monitor.api.ProtectionView;
import com.tradesuite.monitor.api.ReportView;
import com.tradesuite.monitor.state.MonitorState;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The report from the Kafka Streams stores on the real embedded broker equals, field by field, today's fold
 * ({@link MonitorState}: {@code TradeReport} over the trade ledger, protection over the trading state) over the same
 * log read back in replay order; and stores restored from their changelogs into an empty state directory give the
 * same numbers.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
class MonitorStoresIT {

    private static final Logger LOG = Logger.getLogger(MonitorStoresIT.class);
    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final ProtectionAudit AUDIT = new ProtectionAudit(ProtectionPolicy.defaults());

    @Test
    void givenALogOfTwoTradingDaysWhenTheMonitorHasBuiltItsStoresThenReportEqualsTodaysFoldFieldByField() {
        long publishedAt = System.nanoTime();
        publishDays("IT-", 2);
        List<EventEnvelope<?>> log = LogReader.monitorInputs(SharedKafkaBroker.bootstrapServers());

        await().atMost(DEADLINE).alias("the stores' report caught up with " + log.size() + " events").until(() -> {
            ReportView report = report();
            if (!report.complete() || report.foldedEvents() != log.size()) {
                LOG.infof("waiting: complete %s, %d events folded; readiness %s", report.complete(),
                        report.foldedEvents(), given().get("/q/health/ready").asString());
                return false;
            }
            return true;
        });
        LOG.infof("measure: the monitor's stores caught up with %d published events %d ms after publishing",
                log.size(), (System.nanoTime() - publishedAt) / 1_000_000);

        ReportView fromStores = report();
        ReportView fromFold = todaysFold(log);
        SameReport.assertSame(fromStores, fromFold);
        assertThat(fromStores.bySymbol()).containsKeys("IT-AAPL", "IT-MSFT");
        assertThat(fromStores.bySymbol().get("IT-AAPL").trades()).isEqualTo(4);
    }

    @Test
    void givenBuiltStoresWhenAnInstanceRestartsOnAnEmptyStateDirectoryThenTheChangelogsRestoreTheSameNumbers()
            throws Exception {
        // Twenty New York days: the drawdown curve settles all but the newest week, and the timings mean more.
        publishDays("RS-", 20);
        List<EventEnvelope<?>> log = LogReader.monitorInputs(SharedKafkaBroker.bootstrapServers());
        String applicationId = "monitor-restart-it-" + UUID.randomUUID();

        long foldStart = System.nanoTime();
        ReportView fromFold = todaysFold(log);
        long foldMillis = (System.nanoTime() - foldStart) / 1_000_000;

        long buildStart = System.nanoTime();
        AccountReport built;
        try (KafkaStreams first = startStreams(applicationId)) {
            built = awaitAccount(first, log.size());
        }
        long buildMillis = (System.nanoTime() - buildStart) / 1_000_000;

        long restoreStart = System.nanoTime();
        AccountReport restored;
        try (KafkaStreams second = startStreams(applicationId)) {
            restored = awaitAccount(second, log.size());
        }
        long restoreMillis = (System.nanoTime() - restoreStart) / 1_000_000;
        LOG.infof("measure: %d events: fold %d ms, stores built from the log %d ms (start, rebalance and exactly-once "
                + "commits included), restored from the changelogs %d ms", log.size(), foldMillis, buildMillis,
                restoreMillis);

        SameReport.assertSame(SameReport.sorted(built.tradeReport()), SameReport.sorted(expectedTradeReport(fromFold)));
        SameReport.assertSame(restored.tradeReport(), built.tradeReport());
        assertThat(restored.history().events()).isEqualTo(built.history().events()).isEqualTo(log.size());
        assertThat(built.days()).as("New York days with events").hasSizeGreaterThanOrEqualTo(20);
    }

    /** The hand-made day under {@code tag}, then again 3, 6, ... days later ({@code days} days in all). */
    private static void publishDays(String tag, int days) {
        HandMadeLedger first = HandMadeLedger.tagged(tag);
        try (EventPublisher publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "monitor-stores-it",
                Duration.ofSeconds(10))) {
            for (int i = 0; i < days; i++) {
                HandMadeLedger day = i == 0 ? first : first.daysLater(3 * i);
                publish(publisher, TopicCatalog.ORDERS, day.orderEvents());
                publish(publisher, TopicCatalog.FILLS, day.fillEvents());
                publish(publisher, TopicCatalog.EXIT_SOURCE, day.exitEvents());
            }
        }
    }

    private static <E extends Event> void publish(EventPublisher publisher, Topic<E> topic,
                                                  List<EventEnvelope<E>> events) {
        events.forEach(event -> publisher.publish(topic, event));
    }

    /** Today's report: the monitor's fold over the log in replay order. */
    private static ReportView todaysFold(List<EventEnvelope<?>> log) {
        MonitorState state = MonitorState.empty();
        for (EventEnvelope<?> event : log) {
            state = state.apply(event);
        }
        TradeReport report = TradeReport.of(state.ledger());
        ProtectionSummary protection = ProtectionSummary.of(state.trading().positions(), state.trading().orders(),
                AUDIT);
        return new ReportView(true, state.foldedEvents(), report.bySymbol(), report.total(), report.maxDrawdown(),
                report.exitSources(), ProtectionView.of(protection));
    }

    private static TradeReport expectedTradeReport(ReportView fold) {
        return new TradeReport(fold.bySymbol(), fold.total(), fold.maxDrawdown(), fold.exitSources());
    }

    private static ReportView report() {
        return given().when().get("/report").then().statusCode(200).extract().as(ReportView.class);
    }

    private static KafkaStreams startStreams(String applicationId) throws Exception {
        Path stateDir = Files.createTempDirectory(Files.createDirectories(Path.of("target/kafka-streams")),
                "restart-it");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.consumerPrefix("auto.offset.reset"), "earliest");
        // The closed instance does not leave the group: the restarted one waits out its session, so keep it short.
        props.put(StreamsConfig.consumerPrefix("session.timeout.ms"), 6000);
        KafkaStreams streams = new KafkaStreams(MonitorTopology.build(), props);
        streams.start();
        return streams;
    }

    private static AccountReport awaitAccount(KafkaStreams streams, int events) {
        AtomicReference<AccountReport> account = new AtomicReference<>();
        await().atMost(DEADLINE).ignoreExceptions().until(() -> {
            AccountReport held = ReportQueries.read(streams, true);
            account.set(held);
            return held.history().events() >= events;
        });
        return account.get();
    }
}
