package com.tradesuite.risk;

import static io.restassured.RestAssured.given;

import com.tradesuite.broker.BrokerClient;
import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.MarketDataEvent;
import com.tradesuite.schemas.event.OrderClass;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.log.EventPublisher;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the risk manager's integration tests do as the other services and the trader would: enter with a bracket
 * (the buyer's intent on the log, then the order at the real paper exchange), publish closed bars (the scanner),
 * and read the exchange and the risk manager's {@code /protection}.
 */
final class TradingDesk implements AutoCloseable {

    static final BigDecimal TEN = new BigDecimal("10");

    private final PaperExchangeServer server;
    private final BrokerClient client;
    private final EventPublisher publisher;

    /** On the module's shared exchange and Kafka broker. */
    TradingDesk(String clientId) {
        this(clientId, exchange(), SharedKafkaBroker.bootstrapServers());
    }

    TradingDesk(String clientId, PaperExchangeServer server, String bootstrapServers) {
        this.server = server;
        client = BrokerClient.create(BrokerConfig.fromEnvironment(Map.of(
                BrokerConfig.BASE_URL, server.baseUrl(), BrokerConfig.DATA_URL, server.baseUrl(),
                BrokerConfig.STREAM_URL, server.streamUrl(), BrokerConfig.KEY_ID, "test-key-id",
                BrokerConfig.SECRET_KEY, "test-secret-key")));
        publisher = new EventPublisher(bootstrapServers, clientId, Duration.ofSeconds(10));
    }

    static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }

    BrokerClient client() {
        return client;
    }

    EventPublisher publisher() {
        return publisher;
    }

    /** Writes the entry intent (as the buyer would), then places the bracket at the exchange; it fills at 100. */
    Order enterWithBracket(String symbol, String signalId, String stop, String target) {
        server.setPrice(symbol, new BigDecimal("100.00"));
        String clientOrderId = ClientOrderIds.forEntry(signalId);
        OrderIntentRecorded intent = new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY,
                com.tradesuite.schemas.event.OrderType.MARKET, OrderClass.BRACKET, TEN, null, null,
                new BigDecimal(target), new BigDecimal(stop), "gtc", "test entry");
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.<OrderEvent>withId("intent:" + clientOrderId, intent,
                symbol, "buyer-service", server.now(), signalId, null));
        client.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, TEN).market()
                .takeProfit(new BigDecimal(target)).stopLoss(new BigDecimal(stop)).clientOrderId(clientOrderId)
                .build());
        return client.trading().getOrderByClientOrderId(clientOrderId);
    }

    /** Writes the entry intent, then places a bracket with a limit entry at {@code limit}, far below 100: it rests. */
    Order restingEntry(String symbol, String signalId, String limit) {
        server.setPrice(symbol, new BigDecimal("100.00"));
        String clientOrderId = ClientOrderIds.forEntry(signalId);
        BigDecimal entry = new BigDecimal(limit);
        BigDecimal target = entry.add(TEN);
        BigDecimal stop = entry.subtract(BigDecimal.ONE);
        OrderIntentRecorded intent = new OrderIntentRecorded(clientOrderId, OrderPurpose.ENTRY, Side.BUY,
                com.tradesuite.schemas.event.OrderType.LIMIT, OrderClass.BRACKET, TEN, entry, null, target, stop,
                "gtc", "test resting entry");
        publisher.publish(TopicCatalog.ORDERS, EventEnvelope.<OrderEvent>withId("intent:" + clientOrderId, intent,
                symbol, "buyer-service", server.now(), signalId, null));
        client.trading().submitOrder(BracketEntry.of(symbol, OrderSide.BUY, TEN).limit(entry).takeProfit(target)
                .stopLoss(stop).clientOrderId(clientOrderId).build());
        return client.trading().getOrderByClientOrderId(clientOrderId);
    }

    /** A one-minute bar of {@code symbol} closing at {@code close}, on {@code market-data} as the scanner writes it. */
    void barClosed(String symbol, Instant barStart, String close) {
        BigDecimal price = new BigDecimal(close);
        BarClosed bar = new BarClosed("1Min", barStart, price, price, price, price, 1000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.<MarketDataEvent>withId(
                "bar:" + symbol + ":1Min:" + barStart, bar, symbol, "scanner-service", barStart.plusSeconds(60),
                null, null));
    }

    static Order stopLegOf(Order entry) {
        return entry.legs().stream().filter(leg -> leg.type() == OrderType.STOP).findFirst().orElseThrow();
    }

    List<Order> openOrders(String symbol) {
        return client.trading().listOrders(OrderQuery.open().withNested(true).withSymbols(List.of(symbol)));
    }

    /** Every order of the symbol the exchange has, open or not, with its legs. */
    List<Order> allOrders(String symbol) {
        return client.trading().listOrders(OrderQuery.all().withNested(true).withSymbols(List.of(symbol)));
    }

    /** GET /protection's verdict for the symbol; empty while it shows no open position there. */
    @SuppressWarnings("unchecked")
    static Optional<Boolean> protectedNow(String symbol) {
        List<Map<String, Object>> positions = given().get("/protection").then().statusCode(200).extract()
                .jsonPath().getList("positions");
        return positions.stream().filter(row -> symbol.equals(row.get("symbol")))
                .map(row -> (Boolean) row.get("protected")).findFirst();
    }

    static boolean riskManagerActing() {
        return given().get("/protection").then().extract().jsonPath().getBoolean("acting");
    }

    @Override
    public void close() {
        publisher.close();
        client.close();
    }
}
