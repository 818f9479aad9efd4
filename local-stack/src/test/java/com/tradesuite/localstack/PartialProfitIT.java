package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.kafka.embedded.EmbeddedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.RejectMode;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.OrderCanceled;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.testkit.TopicProbe;

/**
 * Partial profits end to end: the packaged seller and risk manager as processes (started once), one embedded broker,
 * the paper exchange over HTTP. A position past 2R sells half and the rest is protected by one OCO at breakeven, once
 * that New York day; a refused sale rolls back to the whole position's protection; a seller killed in mid-plan leaves
 * the position to the risk manager, which re-protects it once the plan's grace has run out in market time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartialProfitIT {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final Duration PARTIAL_GRACE = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static EmbeddedKafkaBroker broker;
    private static PaperExchangeServer exchange;
    private static ServiceProcess seller;
    private static ServiceProcess riskManager;
    private static BrokerClient client;
    private static EventPublisher publisher;
    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<ExitSourceEvent> exits;
    private static Instant firstBar;
    private static int bars;

    @BeforeAll
    static void startTheStack() {
        broker = EmbeddedKafkaBroker.start();
        exchange = PaperExchangeServer.start(PaperExchangeConfig.builder().port(0).symbols("AAPL", "MSFT", "NVDA")
                .speedUp(0).sessionStart(Instant.parse("2026-11-16T15:00:00Z")).rateLimitPerMinute(100_000).build());
        Map<String, String> env = new HashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("APCA_API_BASE_URL", exchange.baseUrl());
        env.put("APCA_DATA_BASE_URL", exchange.baseUrl());
        env.put("APCA_STREAM_URL", exchange.streamUrl());
        env.put("APCA_API_KEY_ID", "partial-it-key");
        env.put("APCA_API_SECRET_KEY", "partial-it-secret");
        env.put("TRADESUITE_BROKER_RATE_LIMIT_PER_MINUTE", "10000");
        // ATR known after three bars; a trail far below the price, so only the partial moves the stop.
        env.put("SELLER_TRAILING_ATR_PERIOD", "3");
        env.put("SELLER_TRAILING_ATR_MULTIPLE", "50");
        env.put("RISK_PROTECTION_PARTIAL_GRACE", PARTIAL_GRACE.toSeconds() + "s");
        Path projectDir = Path.of("..").toAbsolutePath().normalize();
        Path logs = Path.of("target", "partial-profit-it");
        seller = ServiceProcess.start(projectDir, "seller-service", 1, freePort(), env, logs);
        riskManager = ServiceProcess.start(projectDir, "risk-manager-service", 1, freePort(), env, logs);
        await().atMost(Duration.ofSeconds(120)).until(() -> seller.isReady() && riskManager.isReady()
                && get(riskManager, "/protection").map(node -> node.path("acting").asBoolean()).orElse(false));
        client = BrokerClient.create(BrokerConfig.fromEnvironment(Map.of(BrokerConfig.BASE_URL, exchange.baseUrl(),
                BrokerConfig.DATA_URL, exchange.baseUrl(), BrokerConfig.STREAM_URL, exchange.streamUrl(),
                BrokerConfig.KEY_ID, "partial-it-key", BrokerConfig.SECRET_KEY, "partial-it-secret")));
        publisher = new EventPublisher(broker.bootstrapServers(), "partial-profit-it", Duration.ofSeconds(10));
        orders = new TopicProbe<>(TopicCatalog.ORDERS, broker.bootstrapServers());
        exits = new TopicProbe<>(TopicCatalog.EXIT_SOURCE, broker.bootstrapServers());
        firstBar = exchange.now().truncatedTo(ChronoUnit.MINUTES);
    }

    @AfterAll
    static void stopTheStack() {
        for (AutoCloseable part : new AutoCloseable[] {orders, exits, publisher, client, seller, riskManager,
                exchange, broker}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                System.err.println("closing " + part + ": " + e.getMessage());
            }
        }
    }

    @Test
    @Order(1)
    void givenAPositionPastTwoR_thenHalfIsSoldTheRestHasOneOcoAtBreakeven_andOnlyOnceThatDay() {
        String symbol = "AAPL";
        enterAtHundred(symbol);
        String planId = planIdOf(symbol);

        barAt(symbol, "110");

        await().atMost(DEADLINE).until(() -> positionQty(symbol).compareTo(new BigDecimal("5")) == 0
                && openOcoOf(symbol).isPresent());
        com.tradesuite.broker.model.Order oco = openOcoOf(symbol).orElseThrow();
        assertThat(oco.qty()).isEqualByComparingTo("5");
        assertThat(oco.limitPrice()).as("the bracket's take-profit is kept").isEqualByComparingTo("130");
        assertThat(oco.legs()).singleElement().satisfies(stop -> assertThat(stop.stopPrice())
                .as("breakeven").isEqualByComparingTo("100"));
        assertThat(oco.clientOrderId()).isEqualTo(ClientOrderIds.forPartialProtection(planId));
        await().atMost(DEADLINE).until(() -> !exits(symbol).isEmpty());
        ExitAttributed partial = exits(symbol).get(0);
        assertThat(partial.layer()).isEqualTo(ExitLayer.SELLER);
        assertThat(partial.reason()).isEqualTo("partial profit");
        assertThat(partial.qty()).isEqualByComparingTo("5");
        assertThat(partial.rMultiple()).isEqualByComparingTo("2");
        await().atMost(DEADLINE).until(() -> protectedNow(symbol).orElse(false));

        // Higher still, the same New York day: no second partial.
        Instant later = barAt(symbol, "112");
        await().atMost(DEADLINE).until(() -> sellerState().map(state -> state.path("marketTime").asText())
                .filter(time -> time.contains("T") && !Instant.parse(time).isBefore(later)).isPresent());
        assertThat(saleIntents(symbol)).singleElement().isEqualTo(planId);
        assertThat(positionQty(symbol)).isEqualByComparingTo("5");
    }

    @Test
    @Order(2)
    void givenTheExchangeRefusesTheSale_thenTheWholePositionIsProtectedAgainAtTheOldStop() {
        String symbol = "MSFT";
        enterAtHundred(symbol);
        String planId = planIdOf(symbol);
        exchange.faults().rejectNextOrders(1, RejectMode.HTTP);

        barAt(symbol, "110");

        await().atMost(DEADLINE).until(() -> openOcoOf(symbol).isPresent());
        com.tradesuite.broker.model.Order oco = openOcoOf(symbol).orElseThrow();
        assertThat(oco.clientOrderId()).isEqualTo(ClientOrderIds.forPartialRollback(planId));
        assertThat(oco.qty()).isEqualByComparingTo("10");
        assertThat(oco.limitPrice()).isEqualByComparingTo("130");
        assertThat(oco.legs()).singleElement().satisfies(stop -> assertThat(stop.stopPrice())
                .isEqualByComparingTo("95"));
        assertThat(positionQty(symbol)).isEqualByComparingTo("10");
        await().atMost(DEADLINE).until(() -> orders.poll(OrderRejected.class).stream()
                .anyMatch(rejected -> rejected.payload().clientOrderId().equals(planId)));
        await().atMost(DEADLINE).until(() -> protectedNow(symbol).orElse(false));
        assertThat(exits(symbol)).isEmpty();
    }

    @Test
    @Order(3)
    void givenTheSellerKilledInMidPlan_thenTheRiskManagerReprotectsOnlyAfterThePlansGrace() {
        String symbol = "NVDA";
        com.tradesuite.broker.model.Order entry = enterAtHundred(symbol);
        String stopLeg = entry.legs().stream().filter(leg -> leg.type() == OrderType.STOP).findFirst()
                .orElseThrow().id();
        String planId = planIdOf(symbol);
        // A slow venue: the seller's cancels and polls take seconds each, so it can be caught in mid-plan.
        exchange.faults().latency(Duration.ofSeconds(2));

        Instant planBar = barAt(symbol, "110"); // the plan's market time: its grace runs from here
        await().atMost(DEADLINE).until(() -> orders.poll(OrderCanceled.class).stream()
                .anyMatch(canceled -> canceled.payload().brokerOrderId().equals(stopLeg)));
        seller.kill();
        exchange.faults().latency(Duration.ZERO);

        // Market time moves past the plan's grace: the risk manager takes the position over.
        barAt(symbol, "110");
        await().atMost(DEADLINE).until(() -> openOcoOf(symbol).filter(oco -> oco.qty().compareTo(BigDecimal.TEN) == 0)
                .isPresent());
        com.tradesuite.broker.model.Order oco = openOcoOf(symbol).orElseThrow();
        assertThat(oco.clientOrderId()).startsWith("reprotect-");
        assertThat(positionQty(symbol)).isEqualByComparingTo("10");
        EventEnvelope<OrderIntentRecorded> reprotect = orders.poll(OrderIntentRecorded.class).stream()
                .filter(intent -> intent.symbol().equals(symbol)
                        && intent.payload().purpose() == OrderPurpose.REPROTECT).findFirst().orElseThrow();
        assertThat(reprotect.occurredAt()).as("the risk manager waited for the plan's grace")
                .isAfterOrEqualTo(planBar.plus(PARTIAL_GRACE));
        assertThat(saleIntents(symbol)).containsExactly(planId);
        assertThat(exits(symbol)).isEmpty();
    }

    /** The buyer's intent on the log, then the bracket at the exchange (fills at 100; stop 95, target 130). */
    private static com.tradesuite.broker.model.Order enterAtHundred(String symbol) {
        exchange.setPrice(symbol, new BigDecimal("100"));
        String signal = "signal-partial-" + symbol;
        String clientOrderId = ClientOrderIds.forEntry(signal);
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.<OrderEvent>withId("intent:" + clientOrderId,
                new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY,
                        com.tradesuite.schemas.event.OrderType.MARKET, OrderClass.BRACKET, BigDecimal.TEN, null, null,
                        new BigDecimal("130"), new BigDecimal("95"), "gtc", "test entry"),
                symbol, "buyer-service", exchange.now(), signal, null));
        client.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, BigDecimal.TEN).market()
                .takeProfit(new BigDecimal("130")).stopLoss(new BigDecimal("95")).clientOrderId(clientOrderId).build());
        // Three quiet bars of range 1 give ATR(3) = 1; both services must see the position protected first.
        for (int i = 0; i < 3; i++) {
            barAt(symbol, "100");
        }
        await().atMost(DEADLINE).until(() -> protectedNow(symbol).orElse(false) && sellerSees(symbol));
        return client.trading().getOrderByClientOrderId(clientOrderId);
    }

    /** Sets the exchange's price, then publishes a 1-minute bar of range 1 closing there; returns its end. */
    private static Instant barAt(String symbol, String close) {
        BigDecimal price = new BigDecimal(close);
        exchange.setPrice(symbol, price);
        Instant start = firstBar.plus(Duration.ofMinutes(bars++));
        BarClosed bar = new BarClosed("1Min", start, price, price.add(new BigDecimal("0.5")),
                price.subtract(new BigDecimal("0.5")), price, 1000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.<MarketDataEvent>withId(
                "bar:" + symbol + ":1Min:" + start, bar, symbol, "scanner-service", start.plusSeconds(60), null,
                null));
        return start.plusSeconds(60);
    }

    /** Today's plan id: the position opened at the exchange's time, a New York day of the bars. */
    private static String planIdOf(String symbol) {
        JsonNode position = sellerPosition(symbol).orElseThrow();
        return ClientOrderIds.forPartialProfit(symbol, Instant.parse(position.path("openedAt").asText()),
                com.tradesuite.domain.pnl.TradingDay.of(firstBar));
    }

    private static boolean sellerSees(String symbol) {
        return sellerPosition(symbol).isPresent() && sellerState().map(state -> {
            int legs = 0;
            for (JsonNode order : state.path("trading").path("openOrders")) {
                if (symbol.equals(order.path("symbol").asText())) {
                    legs++;
                }
            }
            return legs >= 2;
        }).orElse(false);
    }

    private static Optional<JsonNode> sellerPosition(String symbol) {
        return sellerState().flatMap(state -> {
            for (JsonNode row : state.path("trading").path("positions")) {
                if (symbol.equals(row.path("symbol").asText())) {
                    return Optional.of(row);
                }
            }
            return Optional.empty();
        });
    }

    /** The seller's folded state ({@code GET /state}'s {@code state}). */
    private static Optional<JsonNode> sellerState() {
        return get(seller, "/state").map(body -> body.path("state"));
    }

    private static Optional<Boolean> protectedNow(String symbol) {
        return get(riskManager, "/protection").flatMap(report -> {
            for (JsonNode row : report.path("positions")) {
                if (symbol.equals(row.path("symbol").asText())) {
                    return Optional.of(row.path("protected").asBoolean());
                }
            }
            return Optional.empty();
        });
    }

    private static BigDecimal positionQty(String symbol) {
        return client.trading().getPosition(symbol).map(com.tradesuite.broker.model.Position::qty)
                .orElse(BigDecimal.ZERO);
    }

    private static Optional<com.tradesuite.broker.model.Order> openOcoOf(String symbol) {
        List<com.tradesuite.broker.model.Order> open = client.trading().listOrders(OrderQuery.open().withNested(true)
                .withSymbols(List.of(symbol)));
        return open.stream().filter(order -> order.orderClass() == com.tradesuite.broker.model.OrderClass.OCO)
                .findFirst();
    }

    private static List<String> saleIntents(String symbol) {
        return orders.poll(OrderIntentRecorded.class).stream().filter(intent -> intent.symbol().equals(symbol)
                        && intent.payload().purpose() == OrderPurpose.PARTIAL_PROFIT
                        && intent.payload().orderClass() == OrderClass.SIMPLE)
                .map(intent -> intent.payload().clientOrderId()).toList();
    }

    private static List<ExitAttributed> exits(String symbol) {
        return exits.poll(ExitAttributed.class).stream().filter(exit -> exit.symbol().equals(symbol))
                .map(EventEnvelope::payload).toList();
    }

    private static Optional<JsonNode> get(ServiceProcess service, String path) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + service.port() + path)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(JSON.readTree(response.body())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
