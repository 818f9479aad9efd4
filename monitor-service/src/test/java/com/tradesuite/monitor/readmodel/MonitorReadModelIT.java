package com.tradesuite.monitor.readmodel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.monitor.HandMadeLedger;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The monitor application with the read model on, on the real embedded Kafka and a real PostgreSQL that is
 * unreachable when it starts: readiness names {@code read-model} DOWN and the folded rows stay pending; once the
 * database is reachable the rows of the hand-made day arrive, readiness turns UP and the row counter counts them.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = ReadModelDatabaseTestResource.class, restrictToAnnotatedClass = true)
class MonitorReadModelIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String READ_MODEL = "checks.find { it.name == 'read-model' }";

    /** Injected by {@link ReadModelDatabaseTestResource}. */
    PostgresGate gate;
    LocalPostgres.Schema schema;

    @Test
    void startsWithTheDatabaseDownAndWritesTheFoldedLogOnceItIsReachable() throws Exception {
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body(READ_MODEL + ".status", equalTo("DOWN"))
                .body(READ_MODEL + ".data.state", equalTo("failing")));

        // Other test classes may have published on these topics: this day's symbols and ids carry a tag of its own.
        String tag = "RM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        HandMadeLedger day = HandMadeLedger.tagged(tag);
        long folded = foldedEvents();
        try (EventPublisher publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "monitor-readmodel-it",
                Duration.ofSeconds(10))) {
            // In causal waves, as the services write them: an entry intent is on the log long before its fill, and
            // a live consumer gives no order across partitions of different topics within one poll.
            publish(publisher, TopicCatalog.ORDERS, day.orderEvents());
            await().atMost(DEADLINE).until(() -> foldedEvents() >= folded + day.orderEvents().size());
            publish(publisher, TopicCatalog.FILLS, day.fillEvents());
            await().atMost(DEADLINE).until(() -> foldedEvents() >= folded + day.orderEvents().size()
                    + day.fillEvents().size());
            publish(publisher, TopicCatalog.EXIT_SOURCE, day.exitEvents());
        }
        await().atMost(DEADLINE).until(() -> foldedEvents() >= folded + 24);
        given().when().get("/q/health/ready").then().statusCode(503)
                .body(READ_MODEL + ".data.pendingRows", greaterThanOrEqualTo(18));
        try (Connection db = schema.connect()) {
            assertThat(TableRows.rows(db, ReadModelTable.FILLS, tag)).isEmpty();
        }

        gate.open();
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready").then()
                .statusCode(200)
                .body(READ_MODEL + ".status", equalTo("UP"))
                .body(READ_MODEL + ".data.state", equalTo("caught up"))
                .body(READ_MODEL + ".data.pendingRows", equalTo(0)));
        try (Connection db = schema.connect()) {
            assertThat(TableRows.keys(db, ReadModelTable.FILLS, tag)).containsExactly(tag + "x-a1", tag + "x-a2",
                    tag + "x-a3", tag + "x-a4", tag + "x-m1", tag + "x-m2", tag + "x-m3", tag + "x-m4", tag + "x-n1",
                    tag + "x-t1");
            assertThat(TableRows.rows(db, ReadModelTable.EXIT_SOURCES, tag)).hasSize(4)
                    .anySatisfy(row -> assertThat(row).contains("execution_id=" + tag + "x-a4",
                            "symbol=" + tag + "AAPL", "layer=SELLER", "reason=trailing stop", "order_type=STOP",
                            "price=97", "qty=10", "realized_pnl=-30", "r_multiple=-0.6",
                            "occurred_at=2026-11-20T14:31:30Z"));
            assertThat(TableRows.rows(db, ReadModelTable.CLOSED_TRADES, tag)).containsExactly(
                    TableRows.closedTrade(tag + "x-a2", tag + "AAPL", "14:31:01", "14:31:10", "10", "100", "40", "2"),
                    TableRows.closedTrade(tag + "x-a4", tag + "AAPL", "14:31:21", "14:31:30", "10", "100", "-30",
                            "-0.6"),
                    TableRows.closedTrade(tag + "x-m2", tag + "MSFT", "14:31:11", "14:31:20", "5", "200", "-50", "-1"),
                    TableRows.closedTrade(tag + "x-m4", tag + "MSFT", "14:31:31", "14:31:40", "5", "200", "100", "2"));
            assertThat(TableRows.rows(db, ReadModelTable.POSITIONS, tag)).hasSize(6)
                    .anySatisfy(row -> assertThat(row).contains("position_id=fill:" + tag + "x-a3",
                            "status=CLOSED", "avg_exit_price=97", "close_reason=TRAILING_STOP"));
            assertThat(TableRows.keys(db, ReadModelTable.TRADES, tag)).containsExactly(tag + "x-a2", tag + "x-a4",
                    tag + "x-m2", tag + "x-m4");
        }
        assertThat(rowsCounted("fills")).isGreaterThanOrEqualTo(10);
        assertThat(rowsCounted("exit_sources")).isGreaterThanOrEqualTo(4);
        assertThat(rowsCounted("closed_trades")).isGreaterThanOrEqualTo(4);
        assertThat(rowsCounted("positions")).isGreaterThanOrEqualTo(6);
    }

    private static <E extends Event> void publish(EventPublisher publisher, Topic<E> topic,
                                                  List<EventEnvelope<E>> events) {
        events.forEach(event -> publisher.publish(topic, event));
    }

    private static long foldedEvents() {
        return given().when().get("/report").then().statusCode(200).extract().jsonPath().getLong("foldedEvents");
    }

    /** tradesuite_readmodel_rows_total{table="..."} from the Prometheus endpoint. */
    private static double rowsCounted(String table) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher counter = Pattern.compile("^tradesuite_readmodel_rows_total\\{[^}]*table=\"" + table
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(counter.find()).as("tradesuite_readmodel_rows_total{table=\"%s\"} in /q/metrics", table).isTrue();
        return Double.parseDouble(counter.group(1));
    }
}
