package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tradesuite.paperexchange.PaperExchangeServer;
import com.tradesuite.paperexchange.engine.OrderQuery;
import com.tradesuite.paperexchange.engine.PositionView;
import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import com.tradesuite.schemas.event.EventEnvelope;
import com.tradesuite.schemas.event.PositionAdopted;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * The seeds' worst incident, end to end: the whole suite switched on over an account that already holds unprotected
 * positions (one with no order at all, one whose shares are all held by a lone take-profit) leaves every position
 * with a live stop for its full quantity within seconds of readiness, without selling a share.
 */
class AdoptionSessionIT {

    private static final String BARE = "AAPL";
    private static final String HELD_BY_TAKE_PROFIT = "MSFT";
    private static final BigDecimal BARE_QTY = new BigDecimal("20");
    private static final BigDecimal HELD_QTY = new BigDecimal("15");
    private static final String LONE_TAKE_PROFIT = "another-bot-msft-take-profit";
    private static final Duration READY = Duration.ofMinutes(3);
    /** Reconciliation waits for the trade-update stream, then confirms a difference once (2 s) before adopting. */
    private static final Duration PROTECTED_WITHIN = Duration.ofSeconds(15);

    /** Watches the exchange from before any service starts. */
    private ExchangeWatcher watcher;

    @Test
    void everyPositionTheLogNeverSawHasAFullQuantityStopWithinSecondsOfReadiness() {
        LocalStackOptions options = LocalStackOptions.parse(List.of(
                "--project-dir", Path.of("..").toAbsolutePath().normalize().toString(),
                "--kafka-port", "0", "--base-port", "0", "--exchange-port", "0",
                "--symbols", BARE + "," + HELD_BY_TAKE_PROFIT, "--seed", "7"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        try (LocalStack stack = LocalStack.start(options, Map.of(), out, READY, this::anotherBotsAccount)) {
            long readyAt = System.nanoTime();
            await().atMost(PROTECTED_WITHIN).pollInterval(Duration.ofMillis(100))
                    .until(() -> watcher.unprotectedNow().isEmpty());
            out.printf("Every adopted position protected %d ms after readiness%n",
                    (System.nanoTime() - readyAt) / 1_000_000);

            Map<String, BigDecimal> held = positions(stack.exchange());
            assertThat(held.get(BARE)).as("no %s share sold", BARE).isEqualByComparingTo(BARE_QTY);
            assertThat(held.get(HELD_BY_TAKE_PROFIT)).as("no %s share sold", HELD_BY_TAKE_PROFIT)
                    .isEqualByComparingTo(HELD_QTY);
            assertThat(liveClientOrderIds(stack.exchange())).as("the lone take-profit was cancelled for the OCO")
                    .doesNotContain(LONE_TAKE_PROFIT);
            Set<String> adopted = LogSnapshot.read(stack.bootstrapServers()).events(TopicCatalog.FILLS).stream()
                    .filter(event -> event.payload() instanceof PositionAdopted)
                    .map(EventEnvelope::symbol).collect(Collectors.toSet());
            assertThat(adopted).as("adoptions on the log").containsExactlyInAnyOrder(BARE, HELD_BY_TAKE_PROFIT);
        }
    }

    /** What another bot left: a bare position, and one whose shares are all held by a take-profit limit sell. */
    private void anotherBotsAccount(PaperExchangeServer exchange) {
        watcher = new ExchangeWatcher(exchange);
        exchange.engine().submit(OrderRequest.builder().symbol(BARE).qty(BARE_QTY.toPlainString())
                .clientOrderId("another-bot-aapl-buy").build());
        exchange.engine().submit(OrderRequest.builder().symbol(HELD_BY_TAKE_PROFIT).qty(HELD_QTY.toPlainString())
                .clientOrderId("another-bot-msft-buy").build());
        BigDecimal price = exchange.engine().positions().stream()
                .filter(position -> position.symbol().equals(HELD_BY_TAKE_PROFIT)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the market buy of " + HELD_BY_TAKE_PROFIT
                        + " did not fill at " + exchange.now()))
                .avgEntryPrice();
        exchange.engine().submit(OrderRequest.builder().symbol(HELD_BY_TAKE_PROFIT).qty(HELD_QTY.toPlainString())
                .side("sell").type("limit").timeInForce("gtc")
                .limitPrice(price.multiply(new BigDecimal("1.2")).setScale(2, RoundingMode.HALF_UP)
                        .toPlainString())
                .clientOrderId(LONE_TAKE_PROFIT).build());
        assertThat(watcher.unprotectedNow()).as("given: positions with no stop, before the suite starts")
                .containsExactlyInAnyOrder(BARE, HELD_BY_TAKE_PROFIT);
    }

    private static Map<String, BigDecimal> positions(PaperExchangeServer exchange) {
        return exchange.engine().positions().stream()
                .collect(Collectors.toMap(PositionView::symbol, PositionView::qty));
    }

    private static Set<String> liveClientOrderIds(PaperExchangeServer exchange) {
        return exchange.engine().orders(new OrderQuery("open", 500, null, null, false, true, Set.of(), null))
                .stream().filter(order -> order.status() != OrderStatus.CANCELED)
                .map(OrderSnapshot::clientOrderId).collect(Collectors.toSet());
    }
}
