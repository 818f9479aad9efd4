package com.tradesuite.risk;

import static com.tradesuite.risk.Probes.payloads;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.tradesuite.domain.order.ClientOrderIds;
import com.tradesuite.kafka.embedded.KafkaBrokerTestResource;
import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.RejectMode;
import com.tradesuite.paperexchange.engine.TradeUpdate;
import com.tradesuite.paperexchange.engine.TradeUpdateListener;
import com.tradesuite.paperexchange.order.OrderSide;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderType;
import com.tradesuite.schemas.event.ExitAttributed;
import com.tradesuite.schemas.event.ExitLayer;
import com.tradesuite.schemas.event.ExitSourceEvent;
import com.tradesuite.schemas.event.OrderEvent;
import com.tradesuite.schemas.event.OrderIntentRecorded;
import com.tradesuite.schemas.event.OrderPurpose;
import com.tradesuite.schemas.event.OrderRejected;
import com.tradesuite.schemas.topic.TopicCatalog;
import com.tradesuite.service.PaperExchangeTestResource;
import com.tradesuite.service.StateEndpoint;
import com.tradesuite.service.testkit.TopicProbe;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The venue breaks protection on its own, against the real exchange: a stop leg it cancels unasked is replaced by a
 * new stop for the full quantity within the 2 s invariant; a re-protection it keeps rejecting backs off within one
 * deterministic client order id family, and the fallback exit still sells once price trades through the stop.
 */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(PaperExchangeTestResource.class)
class VenueStopFaultsIT {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    /** The protection invariant: unprotected for at most 2 s while exits are being replaced. */
    private static final Duration INVARIANT = Duration.ofSeconds(2);

    /** A trade update with the real time the exchange emitted it (its own timestamps are simulated time). */
    private record Stamped(TradeUpdate update, long nanos) {
    }

    private static final List<Stamped> updates = new CopyOnWriteArrayList<>();
    private static final TradeUpdateListener recorder = update -> updates.add(new Stamped(update, System.nanoTime()));

    private static TradingDesk desk;
    private static TopicProbe<OrderEvent> orders;
    private static TopicProbe<ExitSourceEvent> exits;

    private String symbol;
    private Instant openedAt;

    @BeforeAll
    static void connect() {
        desk = new TradingDesk("venue-stop-faults-it");
        orders = new TopicProbe<>(TopicCatalog.ORDERS);
        exits = new TopicProbe<>(TopicCatalog.EXIT_SOURCE);
        exchange().engine().addListener(recorder);
    }

    @AfterAll
    static void disconnect() {
        exchange().engine().removeListener(recorder);
        orders.close();
        exits.close();
        desk.close();
    }

    @BeforeEach
    void riskManagerIsActing() {
        await().atMost(DEADLINE).until(TradingDesk::riskManagerActing);
    }

    @AfterEach
    void liftFaults() {
        if (symbol != null) {
            exchange().faults().rejectStopOrders(symbol, 0, RejectMode.HTTP);
        }
    }

    @Test
    void givenAProtectedPosition_whenTheVenueCancelsItsStopLeg_thenANewStopForTheFullQtyIsLiveWithinTwoSeconds() {
        // given a bracket-protected position of 10 (its take-profit working, its stop leg held)
        symbol = "XLE";
        desk.enterWithBracket(symbol, "signal-venue-cancel", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        openedAt();

        // when the venue cancels the stop leg on its own: the take-profit alone holds the shares
        List<String> cancelled = exchange().faults().cancelStopsByVenue(symbol);

        // then a new stop for all 10 shares is live at the exchange, within 2 s of the venue's cancel
        assertThat(cancelled).hasSize(1);
        long cancelledAt = stampOf("canceled", cancelled.get(0));
        await().atMost(DEADLINE).until(() -> newStopAfter(cancelledAt).isPresent());
        Stamped newStop = newStopAfter(cancelledAt).orElseThrow();
        assertThat(Duration.ofNanos(newStop.nanos() - cancelledAt)).as("unprotected between the exchange's updates")
                .isLessThanOrEqualTo(INVARIANT);
        assertThat(liveStopQty()).isEqualByComparingTo(TradingDesk.TEN);
        // by one re-protection, the first of the position's id family, and nothing was sold
        assertThat(reprotections()).extracting(OrderIntentRecorded::clientOrderId).containsExactly(familyId(0));
        assertThat(newStop.update().order().clientOrderId()).isEqualTo(familyId(0));
        assertThat(exchange().engine().position(symbol).qty()).isEqualByComparingTo(TradingDesk.TEN);
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        // and the risk manager's summary is the seeds' status line: every open position protected, none FAILED
        await().atMost(DEADLINE).untilAsserted(() -> {
            JsonPath report = given().get("/protection").then().statusCode(200).extract().jsonPath();
            assertThat(report.getString("summary"))
                    .isEqualTo(report.getList("positions").size() + " protected, 0 FAILED");
        });
    }

    @Test
    void givenAVenueThatRejectsStops_whenItCancelsTheStopLeg_thenReprotectionBacksOffInOneIdFamilyAndTheFallbackSells() {
        // given a protected position whose venue rejects every new order with a stop
        symbol = "XLF";
        desk.enterWithBracket(symbol, "signal-venue-reject", "95.00", "110.00");
        await().atMost(DEADLINE).until(() -> TradingDesk.protectedNow(symbol).orElse(false));
        openedAt();
        exchange().faults().rejectStopOrders(symbol, 1000, RejectMode.HTTP);

        // when the venue cancels the stop leg
        exchange().faults().cancelStopsByVenue(symbol);

        // then the re-protection is refused, and while market time stands still no fresh id follows it every second
        await().atMost(DEADLINE).until(() -> rejected().contains(familyId(0)));
        await().atMost(DEADLINE).until(() -> positionsInBackoff() >= 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> reprotections().size() == 1);
        // and once the backoff has run out in market time, the next attempt has the family's next id
        minutePasses("100.00");
        await().atMost(DEADLINE).until(() -> rejected().contains(familyId(1)));

        // when price trades through the stop that could not be placed
        exchange().setPrice(symbol, new BigDecimal("94.50"));
        minutePasses("94.50");

        // then layer 3's fallback sells the whole position once, at market
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(250))
                .until(() -> !payloads(exits, ExitAttributed.class, symbol).isEmpty());
        assertThat(payloads(exits, ExitAttributed.class, symbol)).singleElement().satisfies(exit -> {
            assertThat(exit.layer()).isEqualTo(ExitLayer.RISK_SOFT_STOP);
            assertThat(exit.qty()).isEqualByComparingTo(TradingDesk.TEN);
            assertThat(exit.positionQtyAfter()).isZero();
        });
        assertThat(payloads(orders, OrderIntentRecorded.class, symbol))
                .filteredOn(intent -> intent.purpose() == OrderPurpose.FALLBACK_EXIT).hasSize(1);
        await().atMost(DEADLINE).until(() -> exchange().engine().positions().stream()
                .noneMatch(position -> position.symbol().equals(symbol)));
        // and every re-protection attempt was the next id of the one family, never a fresh one
        List<String> attempts = reprotections().stream().map(OrderIntentRecorded::clientOrderId).toList();
        assertThat(attempts).hasSizeBetween(2, 3)
                .isEqualTo(IntStream.range(0, attempts.size()).mapToObj(this::familyId).toList());
    }

    private static PaperExchangeServer exchange() {
        return PaperExchangeTestResource.server();
    }

    /** The re-protection id of the symbol's open position for {@code attempt}, as the domain derives it. */
    private String familyId(int attempt) {
        return ClientOrderIds.forPositionOrder(OrderPurpose.REPROTECT, symbol, openedAt(), attempt);
    }

    /** When the risk manager's state says the symbol's position opened (the id family's key). */
    private Instant openedAt() {
        if (openedAt == null) {
            JsonNode row = StateEndpoint.rows(StateEndpoint.state().path("trading").path("positions"), "symbol",
                    symbol).get(0);
            openedAt = Instant.parse(row.path("openedAt").asText());
        }
        return openedAt;
    }

    private List<OrderIntentRecorded> reprotections() {
        return payloads(orders, OrderIntentRecorded.class, symbol).stream()
                .filter(intent -> intent.purpose() == OrderPurpose.REPROTECT).toList();
    }

    private List<String> rejected() {
        return payloads(orders, OrderRejected.class, symbol).stream().map(OrderRejected::clientOrderId).toList();
    }

    private long stampOf(String event, String orderId) {
        return updates.stream().filter(stamped -> stamped.update().event().equals(event)
                        && stamped.update().order().id().equals(orderId))
                .mapToLong(Stamped::nanos).findFirst().orElseThrow();
    }

    /** The first exchange update after {@code since} that put a sell stop for the symbol on the book. */
    private Optional<Stamped> newStopAfter(long since) {
        return updates.stream().filter(stamped -> stamped.nanos() > since)
                .filter(stamped -> stamped.update().event().equals("new")
                        && stamped.update().order().symbol().equals(symbol))
                .filter(stamped -> withLegs(stamped.update().order()).anyMatch(VenueStopFaultsIT::isSellStop))
                .findFirst();
    }

    private static Stream<OrderSnapshot> withLegs(OrderSnapshot order) {
        return Stream.concat(Stream.of(order), order.legs() == null ? Stream.empty() : order.legs().stream());
    }

    private static boolean isSellStop(OrderSnapshot order) {
        return order.side() == OrderSide.SELL && order.type() == OrderType.STOP;
    }

    /** Shares covered by live (working or held) sell stops at the exchange. */
    private BigDecimal liveStopQty() {
        OrderQuery open = new OrderQuery("open", 500, null, null, true, false, Set.of(symbol), null);
        return exchange().engine().orders(open).stream()
                .filter(order -> isSellStop(order) && order.status().isOpen())
                .map(OrderSnapshot::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean minutePasses(String close) {
        Instant barStart = exchange().now().truncatedTo(ChronoUnit.MINUTES);
        exchange().engine().clock().moveTo(barStart.plus(Duration.ofMinutes(1)));
        desk.barClosed(symbol, barStart, close);
        return true;
    }

    private static double positionsInBackoff() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher gauge = Pattern.compile("(?m)^tradesuite_protection_reprotect_backoff_positions(?:\\{[^}]*})? (\\S+)$")
                .matcher(metrics);
        return gauge.find() ? Double.parseDouble(gauge.group(1)) : 0;
    }
}
