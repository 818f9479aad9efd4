package com.tradesuite.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.Position;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.kafka.embedded.KafkaBrokerExtension;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.schemas.event.Event;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.FillEvent;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderFilled;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * A session recorded from the real paper exchange (bracket entries, a stop hit through a gap, a take-profit) on the
 * real embedded Kafka broker; {@code replay} must rebuild the exchange's positions exactly and catch a planted
 * difference, and {@code tail} must print the exit-source records in order.
 */
@ExtendWith(KafkaBrokerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsCliIT {

    private static final String KEY = "PKOPSCLI0000000001";
    private static final String SECRET = "ops-cli-secret";

    private PaperExchangeServer exchange;
    private BrokerClient broker;
    private KafkaProducer<String, byte[]> producer;
    private final List<TradeUpdate> updates = new CopyOnWriteArrayList<>();
    private final AccountWatcherStandIn watcher = new AccountWatcherStandIn();
    private int handled;
    private String bootstrap;
    /** Log-append time after MSFT's entry and before its stop was hit. */
    private Instant beforeMsftStop;
    private int exitRecords;

    @BeforeAll
    void recordSession() throws Exception {
        bootstrap = SharedKafkaBroker.bootstrapServers();
        assertThat(run("create-topics", "--bootstrap", bootstrap).exitCode()).isZero();
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).speedUp(0)
                .symbols("AAPL", "MSFT", "TSLA").sessionStart(Instant.parse("2026-11-16T14:30:00Z"))
                .apiKeyId(KEY).apiSecretKey(SECRET).rateLimitPerMinute(100_000).build());
        exchange.engine().addListener(updates::add);
        broker = BrokerClient.create(BrokerConfig.builder().keyId(KEY).secretKey(SECRET)
                .baseUrl(exchange.baseUrl()).build());
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());

        exchange.setPrice("AAPL", new BigDecimal("100.00"));
        exchange.setPrice("MSFT", new BigDecimal("200.00"));
        exchange.setPrice("TSLA", new BigDecimal("300.00"));
        enter("AAPL", "entry-aapl-1", "10", "110.00", "95.00");
        enter("MSFT", "entry-msft-1", "20", "220.00", "190.00");
        enter("TSLA", "entry-tsla-1", "5", "310.00", "290.00");

        Instant cut = Instant.now();
        Awaitility.await().atMost(Duration.ofSeconds(1)).until(() -> Instant.now().isAfter(cut.plusMillis(20)));
        beforeMsftStop = Instant.now();
        Awaitility.await().atMost(Duration.ofSeconds(1))
                .until(() -> Instant.now().isAfter(beforeMsftStop.plusMillis(20)));

        exchange.setPrice("MSFT", new BigDecimal("185.00"));   // gaps through the 190 stop
        publishUpdates();
        exchange.setPrice("TSLA", new BigDecimal("312.00"));   // through the 310 take-profit
        publishUpdates();
        enter("TSLA", "entry-tsla-2", "7", "330.00", "300.00");
    }

    @AfterAll
    void stop() {
        if (producer != null) {
            producer.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (exchange != null) {
            exchange.close();
        }
    }

    @Test
    @Order(1)
    void replayRebuildsTheExchangesPositionsExactly() {
        Map<String, String> atExchange = new TreeMap<>();
        for (Position position : broker.trading().listPositions()) {
            atExchange.put(position.symbol(), position.qty().stripTrailingZeros().toPlainString());
        }
        // The session must have left something to compare: AAPL untouched, MSFT stopped out, TSLA re-entered.
        assertThat(atExchange).isEqualTo(Map.of("AAPL", "10", "TSLA", "7"));

        CliResult result = run("replay", "--bootstrap", bootstrap, "--broker-url", exchange.baseUrl());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Positions in the log equal the broker's.");
        assertThat(section(result.out(), "OPEN POSITIONS")).contains("OPEN POSITIONS (2)")
                .containsPattern("AAPL +10 +100\\.00 +95\\.00 +110\\.00")
                .containsPattern("TSLA +7 +312\\.00 +300\\.00 +330\\.00")
                .doesNotContain("MSFT");
        // Two live brackets: each entry filled, its take-profit and stop legs still open.
        assertThat(section(result.out(), "OPEN ORDERS")).contains("OPEN ORDERS (4)")
                .containsPattern("AAPL +sell +limit +TAKE_PROFIT_LEG")
                .containsPattern("AAPL +sell +stop +STOP_LOSS_LEG")
                .containsPattern("TSLA +sell +stop +STOP_LOSS_LEG");
        assertThat(result.out()).contains("REALIZED P&L (all symbols): -240.00");
    }

    @Test
    @Order(2)
    void replayUntilShowsTheStateBeforeTheStop() {
        CliResult result = run("replay", "--bootstrap", bootstrap, "--until", beforeMsftStop.toString(),
                "--progress-every", "5");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(section(result.out(), "OPEN POSITIONS")).contains("OPEN POSITIONS (3)")
                .containsPattern("MSFT +20 +200\\.00 +190\\.00 +220\\.00")
                .containsPattern("TSLA +5 +300\\.00");
        assertThat(result.err()).contains("Reading").containsPattern("read \\d+ of \\d+ records");
    }

    @Test
    @Order(3)
    void tailPrintsTheExitSourceRecordsInOrder() {
        assertThat(exitRecords).isEqualTo(2);

        CliResult result = run("tail", "--bootstrap", bootstrap, "--topic", "exit-source", "--from-beginning",
                "--max", "2", "--timeout", "20s");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("MSFT", "EXCHANGE_BRACKET", "stop-loss leg", "stop", "20@185",
                "P&L -300.00", "R -1.50");
        assertThat(lines.get(1)).contains("TSLA", "EXCHANGE_BRACKET", "take-profit leg", "limit", "5@",
                "P&L +60.00");

        CliResult json = run("tail", "--bootstrap", bootstrap, "--from-beginning", "--json", "--symbol", "TSLA",
                "--max", "1", "--timeout", "20s");
        assertThat(json.out().strip()).startsWith("{\"eventId\":\"exit:").contains("\"symbol\":\"TSLA\"");
    }

    @Test
    @Order(4)
    void tailAndReplaySurviveAnInvalidRecord() throws Exception {
        producer.send(new ProducerRecord<>(TopicCatalog.EXIT_SOURCE.name(), "AAPL",
                "{not json".getBytes(StandardCharsets.UTF_8))).get();

        CliResult tail = run("tail", "--bootstrap", bootstrap, "--from-beginning", "--max", "3", "--timeout", "20s");
        assertThat(tail.exitCode()).isZero();
        assertThat(tail.out().lines().toList()).hasSize(3)
                .last().asString().contains("AAPL", "INVALID", "exit-source/", "MALFORMED_JSON", "{not json");

        CliResult replay = run("replay", "--bootstrap", bootstrap, "--broker-url", exchange.baseUrl());
        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("1 invalid (not folded)");
    }

    @Test
    @Order(5)
    void replayReportsAPlantedDifference() throws Exception {
        OrderFilled planted = new OrderFilled("planted-exec-1", "planted-order-1", "planted-client-1", null,
                Side.BUY, OrderType.MARKET, new BigDecimal("3"), new BigDecimal("186.00"), new BigDecimal("3"),
                new BigDecimal("3"), false, new BigDecimal("3"), exchange.now());
        publish(TopicCatalog.FILLS, EventEnvelope.withId("fill:planted-exec-1", planted, "MSFT",
                AccountWatcherStandIn.SOURCE, exchange.now(), null, null));

        CliResult result = run("replay", "--bootstrap", bootstrap, "--broker-url", exchange.baseUrl());

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.out()).containsPattern("MSFT +3 +0").contains("DIFFERENT: 1 symbol(s) differ: MSFT");
    }

    /** The buyer's part (intent first), the exchange call, then the account watcher's events. */
    private void enter(String symbol, String clientOrderId, String qty, String takeProfit, String stopLoss)
            throws Exception {
        OrderIntentRecorded intent = new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY,
                OrderType.MARKET, OrderClass.BRACKET, new BigDecimal(qty), null, null, new BigDecimal(takeProfit),
                new BigDecimal(stopLoss), "gtc", "test entry");
        EventEnvelope<OrderIntentRecorded> envelope = EventEnvelope.withId("intent:" + clientOrderId, intent, symbol,
                "buyer-service", exchange.now(), "signal:" + clientOrderId, null);
        publish(TopicCatalog.ORDERS, envelope);
        watcher.fold(envelope);
        broker.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, new BigDecimal(qty)).market()
                .takeProfit(new BigDecimal(takeProfit)).stopLoss(new BigDecimal(stopLoss))
                .clientOrderId(clientOrderId).build());
        publishUpdates();
    }

    private void publishUpdates() throws Exception {
        while (handled < updates.size()) {
            for (EventEnvelope<?> event : watcher.translate(updates.get(handled++))) {
                if (event.payload() instanceof FillEvent) {
                    publishRaw(TopicCatalog.FILLS, event);
                } else if (event.payload() instanceof com.tradesuite.schemas.event.ExitSourceEvent) {
                    publishRaw(TopicCatalog.EXIT_SOURCE, event);
                    exitRecords++;
                } else {
                    publishRaw(TopicCatalog.ORDERS, event);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <E extends Event> void publishRaw(Topic<E> topic, EventEnvelope<?> event)
            throws InterruptedException, ExecutionException {
        publish(topic, (EventEnvelope<? extends E>) event);
    }

    private <E extends Event> void publish(Topic<E> topic, EventEnvelope<? extends E> event)
            throws InterruptedException, ExecutionException {
        producer.send(new ProducerRecord<>(topic.name(), event.symbol(), topic.codec().encode(event))).get();
    }

    private static String section(String text, String title) {
        int start = text.indexOf(title);
        assertThat(start).as("section " + title + " in\n" + text).isNotNegative();
        int end = text.indexOf("\n\n", start);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    private static CliResult run(String... args) {
        return CliResult.run(Map.of(BrokerConfig.KEY_ID, KEY, BrokerConfig.SECRET_KEY, SECRET), args);
    }

}
