package com.tradesuite.buyer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.kafka.embedded.SharedKafkaBroker;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.schemas.event.BarClosed;
import com.tradesuite.schemas.event.EntryDeclined;
import com.tradesuite.schemas.event.EntrySignalled;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.Side;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.log.EventPublisher;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Inject;

/**
 * The buyer's portfolio rules end to end, on the real embedded Kafka broker and a real paper exchange over HTTP:
 * with the default sector map and one position per sector, a second broad-index ETF is declined
 * {@code SECTOR_POSITIONS}; a symbol whose bar returns on {@code market-data} move with an open position's is
 * declined {@code CORRELATION}. Each decline is an {@code EntryDeclined} on {@code orders} and a count in
 * {@code tradesuite_entry_declines_total{check}}; the entries that were allowed reach the exchange.
 */
@QuarkusTest
@TestProfile(BuyerRiskRulesIT.OnePerSector.class)
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class BuyerRiskRulesIT {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** Later the same day than BuyerEntriesIT's bars (classes without a profile run first), so market time only grows. */
    private static final AtomicReference<Instant> MARKET = new AtomicReference<>(Instant.parse("2026-11-20T18:00:00Z"));
    /** Percent moves bar by bar: both correlated symbols follow them, so their returns correlate at 1. */
    private static final int[] ZIGZAG = {1, -2, 3, -1, 2, -3, 1, 1, -2, 2, -1, 3, -2, 1, -1, 2, -3, 2, 1, -2, 3, -1};

    private static EventPublisher publisher;
    private static TopicProbe<OrderEvent> orders;

    @Inject
    BuyerService buyer;

    /** At most one position per sector; a correlation is judged on 10 common bars. */
    public static class OnePerSector implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tradesuite.buyer.max-sector-positions", "1",
                    "tradesuite.buyer.correlation-min-bars", "10");
        }
    }

    @BeforeAll
    static void connect() {
        publisher = new EventPublisher(SharedKafkaBroker.bootstrapServers(), "buyer-risk-it", Duration.ofSeconds(10));
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
    }

    @AfterAll
    static void disconnect() {
        orders.close();
        publisher.close();
    }

    @Test
    void givenAnOpenBroadIndexEtf_whenAnotherOneSignals_thenItIsDeclinedBySectorAndCounted() {
        Instant bar = nextBar(1);
        BigDecimal spy = exchange().lastPrice("SPY");
        publishBar("SPY", bar, spy);
        EventEnvelope<EntrySignalled> first = signal("SPY", bar, spy);
        publisher.publish(TopicCatalog.SIGNALS, first);
        OrderIntentRecorded intent = awaitOne(OrderIntentRecorded.class, first.payload().signalId());
        await().atMost(DEADLINE).ignoreExceptions()
                .until(() -> exchange().engine().orderByClientOrderId(intent.clientOrderId()), order -> order != null);

        BigDecimal qqqPrice = new BigDecimal("500.00");
        publishBar("QQQ", bar, qqqPrice);
        EventEnvelope<EntrySignalled> second = signal("QQQ", bar, qqqPrice);
        publisher.publish(TopicCatalog.SIGNALS, second);

        EntryDeclined declined = awaitOne(EntryDeclined.class, second.payload().signalId());
        assertThat(declined.check()).isEqualTo("SECTOR_POSITIONS");
        assertThat(declined.reason()).isEqualTo(
                "1 positions or entries open in ETF_BROAD [SPY], the sector limit is 1");
        assertThat(payloads(OrderIntentRecorded.class, second.payload().signalId())).isEmpty();
        assertNoOrderAtTheExchange(second);
        awaitDeclineCounted("SECTOR_POSITIONS");
    }

    @Test
    void givenAnOpenPosition_whenASymbolWhoseReturnsMoveWithItsSignals_thenItIsDeclinedByCorrelationAndCounted() {
        BigDecimal tsla = exchange().lastPrice("TSLA");
        BigDecimal xle = new BigDecimal("90.00");
        Instant last = null;
        for (int i = 0; i <= ZIGZAG.length; i++) {
            last = nextBar(1);
            publishBar("TSLA", last, moved(tsla, i));
            publishBar("XLE", last, moved(xle, i));
        }
        int returns = ZIGZAG.length;
        await().atMost(DEADLINE).until(() -> buyer.correlation("XLE", "TSLA").overlap() == returns);
        assertThat(buyer.correlation("XLE", "TSLA").value()).hasValueCloseTo(1.0, org.assertj.core.api.Assertions
                .within(1e-6));

        BigDecimal tslaNow = moved(tsla, ZIGZAG.length);
        EventEnvelope<EntrySignalled> open = signal("TSLA", last, tslaNow);
        publisher.publish(TopicCatalog.SIGNALS, open);
        OrderIntentRecorded intent = awaitOne(OrderIntentRecorded.class, open.payload().signalId());
        await().atMost(DEADLINE).ignoreExceptions()
                .until(() -> exchange().engine().orderByClientOrderId(intent.clientOrderId()), order -> order != null);

        EventEnvelope<EntrySignalled> correlated = signal("XLE", last, moved(xle, ZIGZAG.length));
        publisher.publish(TopicCatalog.SIGNALS, correlated);

        EntryDeclined declined = awaitOne(EntryDeclined.class, correlated.payload().signalId());
        assertThat(declined.check()).isEqualTo("CORRELATION");
        assertThat(declined.reason()).isEqualTo("returns of XLE correlate with open TSLA: 1.00 over " + returns
                + " bars, the limit is 0.80");
        assertThat(payloads(OrderIntentRecorded.class, correlated.payload().signalId())).isEmpty();
        assertNoOrderAtTheExchange(correlated);
        awaitDeclineCounted("CORRELATION");
    }

    /** The price after the first {@code bars} moves of the zigzag. */
    private static BigDecimal moved(BigDecimal start, int bars) {
        BigDecimal price = start;
        for (int i = 0; i < bars; i++) {
            price = price.multiply(BigDecimal.valueOf(100 + ZIGZAG[i])).divide(BigDecimal.valueOf(100));
        }
        return price;
    }

    private static void assertNoOrderAtTheExchange(EventEnvelope<EntrySignalled> signal) {
        String clientOrderId = ClientOrderIds.forEntry(signal.payload().signalId());
        assertThat(exchange().engine().orders(OrderQuery.all()))
                .noneMatch(order -> clientOrderId.equals(order.clientOrderId()));
    }

    private static void awaitDeclineCounted(String check) {
        await().atMost(DEADLINE).untilAsserted(() -> given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("tradesuite_entry_declines_total{check=\"" + check + "\"} 1.0")));
    }

    private <E extends OrderEvent> E awaitOne(Class<E> type, String correlationId) {
        await().atMost(DEADLINE).until(() -> !payloads(type, correlationId).isEmpty());
        return payloads(type, correlationId).get(0);
    }

    private static <E extends OrderEvent> List<E> payloads(Class<E> type, String correlationId) {
        return orders.poll(type).stream().filter(envelope -> correlationId.equals(envelope.correlationId()))
                .map(EventEnvelope::payload).toList();
    }

    private static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }

    private static Instant nextBar(int minutes) {
        return MARKET.updateAndGet(now -> now.plus(Duration.ofMinutes(minutes)));
    }

    private static void publishBar(String symbol, Instant start, BigDecimal price) {
        BarClosed bar = new BarClosed("1Min", start, price, price, price, price, 1000);
        publisher.publish(TopicCatalog.MARKET_DATA, EventEnvelope.withId("bar:" + symbol + ":" + start, bar, symbol,
                "scanner-service", start.plusSeconds(60), null, null));
    }

    /** A momentum signal with its stop 10 % below and its target 20 % above the reference price. */
    private static EventEnvelope<EntrySignalled> signal(String symbol, Instant barTime, BigDecimal reference) {
        String id = EntrySignalled.signalIdFor("momentum", symbol, barTime);
        EntrySignalled signal = new EntrySignalled(id, "momentum", Side.BUY, barTime, reference,
                pct(reference, 90), pct(reference, 120), new BigDecimal("1.5"), BigDecimal.ONE);
        return EventEnvelope.withId("signal:" + id, signal, symbol, "scanner-service", barTime.plusSeconds(60), id,
                null);
    }

    private static BigDecimal pct(BigDecimal price, int percent) {
        return price.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
