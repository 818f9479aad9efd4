package com.tradesuite.monitor.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.monitor.MonitorService;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.schemas.topic.TopicProvisioner;
import com.tradesuite.service.log.EventLogConsumer;
import com.tradesuite.service.log.EventPublisher;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The read model end to end without Quarkus: the real {@link MonitorService}, fed by the real event log consumer
 * from the embedded Kafka broker (topics of its own), writing through the JDBC adapter into a real PostgreSQL.
 * A restart replays the log into the same tables without duplicates, a wiped schema is migrated and filled again from
 * the log with the same rows, a database the pre-Flyway schema script made is baselined and upgraded to the same rows,
 * and rows folded while the database is unreachable are written once it is back.
 */
@ExtendWith(KafkaBrokerExtension.class)
class ReadModelProjectionIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private static LocalPostgres postgres;

    @BeforeAll
    static void setUp(EmbeddedKafkaBroker broker) {
        postgres = LocalPostgres.get();
        // The consumer dead-letters bad records to the catalog's dead-letter topic.
        try (Admin admin = broker.admin()) {
            new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(TopicCatalog.all());
        }
    }

    @Test
    void everyStartRebuildsTheSameRowsFromTheLogWithoutDuplicates(EmbeddedKafkaBroker broker) throws Exception {
        Inputs inputs = Inputs.fresh(broker);
        inputs.publishAll(broker, HandMadeLedger.orders(), HandMadeLedger.fills(), HandMadeLedger.exits());
        LocalPostgres.Schema schema = postgres.freshSchema("readmodel_it");
        try {
            Map<String, List<String>> first;
            try (Monitor monitor = new Monitor(broker, inputs, schema.url())) {
                monitor.awaitCaughtUp();
                try (Connection db = schema.connect()) {
                    first = TableRows.snapshot(db);
                    assertThat(TableRows.keys(db, ReadModelTable.FILLS, "")).containsExactly("x-a1", "x-a2",
                            "x-a3", "x-a4", "x-m1", "x-m2", "x-m3", "x-m4", "x-n1", "x-t1");
                    assertThat(TableRows.keys(db, ReadModelTable.EXIT_SOURCES, ""))
                            .containsExactly("x-a2", "x-a4", "x-m2", "x-m4");
                    assertThat(TableRows.rows(db, ReadModelTable.CLOSED_TRADES, "")).containsExactly(
                            TableRows.closedTrade("x-a2", "AAPL", "14:31:01", "14:31:10", "10", "100", "40", "2"),
                            TableRows.closedTrade("x-a4", "AAPL", "14:31:21", "14:31:30", "10", "100", "-30", "-0.6"),
                            TableRows.closedTrade("x-m2", "MSFT", "14:31:11", "14:31:20", "5", "200", "-50", "-1"),
                            TableRows.closedTrade("x-m4", "MSFT", "14:31:31", "14:31:40", "5", "200", "100", "2"));
                }
                try (Connection db = schema.connect()) {
                    assertThat(TableRows.rows(db, ReadModelTable.POSITIONS, "")).hasSize(6)
                            .filteredOn(row -> row.contains("status=CLOSED")).extracting(row -> row.substring(
                                    row.indexOf("close_reason=")))
                            .containsExactly("close_reason=TAKE_PROFIT_HIT closing_execution_id=x-a2",
                                    "close_reason=TRAILING_STOP closing_execution_id=x-a4",
                                    "close_reason=STOP_LOSS_HIT closing_execution_id=x-m2",
                                    "close_reason=TAKE_PROFIT_HIT closing_execution_id=x-m4");
                    assertThat(TableRows.keys(db, ReadModelTable.TRADES, ""))
                            .containsExactly("x-a2", "x-a4", "x-m2", "x-m4");
                    assertThat(TableRows.rows(db, ReadModelTable.DAILY_SUMMARY, "")).containsExactly(
                            "trading_day=2026-11-20 trades=4 wins=2 losses=2 win_rate=0.5 gross_profit=140 "
                                    + "gross_loss=80 profit_factor=1.75 net_pnl=60 average_r=0.6 max_drawdown=80 "
                                    + "first_close_at=2026-11-20T14:31:10Z last_close_at=2026-11-20T14:31:40Z");
                    assertThat(appliedMigrations(db)).containsExactly("1 V1 fills exit sources closed trades",
                            "2 V2 positions trades daily summary");
                }
                // 29 distinct rows went out (18 in fills, exit_sources and closed_trades; 6 positions, 4 trades and a
                // day), batched once the replay was folded.
                assertThat(monitor.rowsWritten()).isEqualTo(29);
            }

            try (Monitor restarted = new Monitor(broker, inputs, schema.url())) {
                restarted.awaitCaughtUp();
                try (Connection db = schema.connect()) {
                    assertThat(TableRows.snapshot(db)).isEqualTo(first);
                }
            }

            // The schema is Flyway's: wiping it (tables and history) and replaying the log rebuilds the same rows.
            schema.wipe();
            try (Monitor onEmptyDatabase = new Monitor(broker, inputs, schema.url())) {
                onEmptyDatabase.awaitCaughtUp();
                try (Connection db = schema.connect()) {
                    assertThat(TableRows.snapshot(db)).isEqualTo(first);
                }
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void rowsFoldedWhileTheDatabaseIsDownAreWrittenOnceItIsBack(EmbeddedKafkaBroker broker) throws Exception {
        Inputs inputs = Inputs.fresh(broker);
        List<EventEnvelope<FillEvent>> fills = HandMadeLedger.fills();
        // Before the outage: the first AAPL round trip (with its duplicate buy).
        inputs.publishAll(broker, HandMadeLedger.orders(), fills.subList(0, 3), List.of());
        LocalPostgres.Schema schema = postgres.freshSchema("readmodel_it");
        try (PostgresGate gate = new PostgresGate(postgres.host(), postgres.port(), true);
             Monitor monitor = new Monitor(broker, inputs, schema.urlVia(gate.host(), gate.port()))) {
            monitor.awaitCaughtUp();
            try (Connection db = schema.connect()) {
                assertThat(TableRows.keys(db, ReadModelTable.FILLS, "")).containsExactly("x-a1", "x-a2");
            }

            gate.cut();
            inputs.publishAll(broker, List.of(), fills.subList(3, fills.size()), HandMadeLedger.exits());
            await().atMost(DEADLINE).untilAsserted(() -> {
                assertThat(monitor.service.state().ledger().closedTrades()).hasSize(4);
                ReadModelStatus status = monitor.projector.status();
                assertThat(status.state()).isEqualTo("failing");
                assertThat(status.ready()).isFalse();
                assertThat(status.lastError()).isNotBlank();
                // 8 fills, 4 exits, 3 closed trades; 6 positions (the first AAPL one for its close reason), 4 trades,
                // the day's summary.
                assertThat(status.pendingRows()).isEqualTo(26);
            });
            try (Connection db = schema.connect()) {
                assertThat(TableRows.keys(db, ReadModelTable.FILLS, "")).containsExactly("x-a1", "x-a2");
                assertThat(TableRows.keys(db, ReadModelTable.EXIT_SOURCES, "")).isEmpty();
            }

            gate.open();
            await().atMost(DEADLINE).until(() -> monitor.projector.status().ready());
            assertThat(monitor.projector.status().pendingRows()).isZero();
            try (Connection db = schema.connect()) {
                assertThat(TableRows.keys(db, ReadModelTable.FILLS, "")).hasSize(10);
                assertThat(TableRows.keys(db, ReadModelTable.EXIT_SOURCES, ""))
                        .containsExactly("x-a2", "x-a4", "x-m2", "x-m4");
                assertThat(TableRows.keys(db, ReadModelTable.CLOSED_TRADES, ""))
                        .containsExactly("x-a2", "x-a4", "x-m2", "x-m4");
            }
        } finally {
            schema.drop();
        }
    }

    @Test
    void givenADatabaseTheOldSchemaScriptMade_whenTheMonitorStarts_thenItIsBaselinedAtV1AndUpgradedToTheSameRows(
            EmbeddedKafkaBroker broker) throws Exception {
        Inputs inputs = Inputs.fresh(broker);
        inputs.publishAll(broker, HandMadeLedger.orders(), HandMadeLedger.fills(), HandMadeLedger.exits());
        LocalPostgres.Schema fresh = postgres.freshSchema("readmodel_it");
        LocalPostgres.Schema old = postgres.freshSchema("readmodel_it");
        try {
            Map<String, List<String>> expected;
            try (Monitor monitor = new Monitor(broker, inputs, fresh.url())) {
                monitor.awaitCaughtUp();
                try (Connection db = fresh.connect()) {
                    expected = TableRows.snapshot(db);
                }
            }
            // What a monitor before Flyway left behind: schema.sql's tables, one row of the day already written.
            try (Connection db = old.connect(); Statement statement = db.createStatement()) {
                statement.execute(ReadModelMigrations.resource("readmodel/schema-before-flyway.sql"));
                statement.execute("INSERT INTO closed_trades VALUES ('x-a2', 'AAPL', '2026-11-20T14:31:01Z', "
                        + "'2026-11-20T14:31:10Z', 10, 100, 40, 2)");
            }

            try (Monitor upgraded = new Monitor(broker, inputs, old.url())) {
                upgraded.awaitCaughtUp();
                try (Connection db = old.connect()) {
                    assertThat(appliedMigrations(db)).containsExactly(
                            "1 BASELINE tables made by schema.sql before Flyway", "2 V2 positions trades daily summary");
                    assertThat(TableRows.snapshot(db)).isEqualTo(expected);
                }
            }
        } finally {
            fresh.drop();
            old.drop();
        }
    }

    @Test
    void givenASchemaHoldingOtherTables_whenTheStoreOpens_thenItRefusesToBaselineItAndNamesTheTables()
            throws Exception {
        LocalPostgres.Schema schema = postgres.freshSchema("readmodel_it");
        try (Connection db = schema.connect(); Statement statement = db.createStatement()) {
            statement.execute("CREATE TABLE invoices (id text PRIMARY KEY)");
        }
        try (JdbcReadModelStore store = new JdbcReadModelStore(new ReadModelSettings(schema.url(), postgres.user(),
                postgres.password(), Duration.ofSeconds(1)))) {
            assertThatThrownBy(store::open).isInstanceOf(SQLException.class)
                    .hasMessageContaining("[invoices]").hasMessageContaining("no Flyway history");
            try (Connection db = schema.connect()) {
                assertThat(appliedMigrations(db)).isEmpty();
            }
        } finally {
            schema.drop();
        }
    }

    /** "version type description" of every migration in Flyway's history, in order; none without a history. */
    private static List<String> appliedMigrations(Connection db) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet history = statement.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            history.next();
            if (!history.getBoolean(1)) {
                return applied;
            }
        }
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, type, description, success "
                     + "FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).isTrue();
                applied.add(rows.getString("version") + " " + (rows.getString("type").equals("BASELINE")
                        ? "BASELINE" : "V" + rows.getString("version")) + " " + rows.getString("description"));
            }
        }
        return applied;
    }

    /** This test's own copies of orders, fills and exit-source, so other tests' events stay out of its log. */
    private record Inputs(Topic<OrderEvent> orders, Topic<FillEvent> fills, Topic<ExitSourceEvent> exits) {

        static Inputs fresh(EmbeddedKafkaBroker broker) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            Inputs inputs = new Inputs(copy(TopicCatalog.ORDERS, run), copy(TopicCatalog.FILLS, run),
                    copy(TopicCatalog.EXIT_SOURCE, run));
            try (Admin admin = broker.admin()) {
                new TopicProvisioner(admin, 6, (short) 1, 30_000).ensureTopics(inputs.all());
            }
            return inputs;
        }

        private static <E extends Event> Topic<E> copy(Topic<E> topic, String run) {
            return new Topic<>(topic.name() + "-" + run, topic.family(), topic.configs());
        }

        List<Topic<?>> all() {
            return List.of(orders, fills, exits);
        }

        /** Topic by topic, as in a session: entry intents before their fills, fills before their exit records. */
        void publishAll(EmbeddedKafkaBroker broker, List<EventEnvelope<OrderEvent>> orderEvents,
                        List<EventEnvelope<FillEvent>> fillEvents, List<EventEnvelope<ExitSourceEvent>> exitEvents) {
            try (EventPublisher publisher = new EventPublisher(broker.bootstrapServers(), "readmodel-it-publisher",
                    Duration.ofSeconds(10))) {
                orderEvents.forEach(event -> publisher.publish(orders, event));
                fillEvents.forEach(event -> publisher.publish(fills, event));
                exitEvents.forEach(event -> publisher.publish(exits, event));
            }
        }
    }

    /** One monitor instance: its fold, its read model and its own consumer group (a fresh start replays it all). */
    private static final class Monitor implements AutoCloseable {

        final SimpleMeterRegistry registry = new SimpleMeterRegistry();
        final ReadModelProjector projector;
        final MonitorService service;
        final EventPublisher publisher;
        final EventLogConsumer consumer;

        Monitor(EmbeddedKafkaBroker broker, Inputs inputs, String url) {
            ReadModelSettings settings = new ReadModelSettings(url, postgres.user(), postgres.password(),
                    Duration.ofMillis(500));
            projector = new ReadModelProjector(new JdbcReadModelStore(settings), settings.safeUrl(), registry,
                    Clock.systemUTC(), settings.maxRetryDelay());
            service = new MonitorService(new ReadModel(projector));
            publisher = new EventPublisher(broker.bootstrapServers(), "readmodel-it", Duration.ofSeconds(10));
            consumer = new EventLogConsumer(broker.bootstrapServers(), "readmodel-it-" + UUID.randomUUID(),
                    "readmodel-it", inputs.all(), service, publisher, Clock.systemUTC());
            consumer.start();
        }

        /** The log is replayed and every row it produced is committed. */
        void awaitCaughtUp() {
            await().atMost(DEADLINE).until(() -> consumer.ready() && projector.status().ready());
        }

        long rowsWritten() {
            return Math.round(registry.find("tradesuite.readmodel.rows").counters().stream()
                    .mapToDouble(counter -> counter.count()).sum());
        }

        @Override
        public void close() {
            consumer.close();
            projector.close();
            publisher.close();
        }
    }
}
