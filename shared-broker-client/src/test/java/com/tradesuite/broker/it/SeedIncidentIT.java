package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.tradesuite.broker.error.InsufficientQtyException;
import com.tradesuite.broker.http.TradingClient;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.request.OcoExit;
import com.tradesuite.broker.request.OrderQuery;
import com.tradesuite.broker.request.OrderRequest;
import com.tradesuite.broker.model.TimeInForce;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The incident: a take-profit holds all the shares, so a separate stop is refused (held_for_orders) and the
 * position sits unprotected. The fix is one OCO exit carrying both the take-profit and the stop.
 */
class SeedIncidentIT {

    private static final BigDecimal QTY = new BigDecimal("59");

    private final PaperExchangeFixture fx = new PaperExchangeFixture();
    private final TradingClient trading = fx.client.trading();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void given_a_take_profit_holding_the_shares_when_a_separate_stop_is_sent_then_insufficient_qty_and_oco_fixes_it() {
        fx.price("NVDA", "100.00");
        trading.submitOrder(OrderRequest.market("NVDA", OrderSide.BUY, QTY));
        Order takeProfit = trading.submitOrder(OrderRequest.limit("NVDA", OrderSide.SELL, QTY, new BigDecimal("110"))
                .withTimeInForce(TimeInForce.GTC));

        InsufficientQtyException refused = catchThrowableOfType(InsufficientQtyException.class,
                () -> trading.submitOrder(OrderRequest.stop("NVDA", OrderSide.SELL, QTY, new BigDecimal("95"))
                        .withTimeInForce(TimeInForce.GTC)));

        assertThat(refused).isNotNull();
        assertThat(refused.httpStatus()).isEqualTo(403);
        assertThat(refused.heldForOrders()).isEqualByComparingTo("59");
        assertThat(refused.available()).isEqualByComparingTo("0");
        assertThat(refused.relatedOrders()).contains(takeProfit.id());
        assertThat(trading.getPosition("NVDA")).hasValueSatisfying(p -> assertThat(p.qtyAvailable()).isZero());

        // Re-protect: free the held shares, then send TP + SL as ONE oco exit.
        refused.relatedOrders().forEach(trading::cancelOrder);
        await().atMost(Duration.ofSeconds(5)).until(() -> refused.relatedOrders().stream()
                .map(trading::getOrder).allMatch(o -> o.status() == OrderStatus.CANCELED));
        Order oco = trading.submitOrder(OcoExit.protectingLong("NVDA", QTY)
                .takeProfit(new BigDecimal("110")).stopLoss(new BigDecimal("95")).build());

        assertThat(oco.orderClass()).isEqualTo(OrderClass.OCO);
        assertThat(stopCoverage("NVDA")).isEqualByComparingTo(QTY);
    }

    @Test
    void given_an_oco_protected_position_when_the_price_gaps_through_the_stop_then_it_fills_at_the_gap_price() {
        fx.price("NVDA", "100.00");
        trading.submitOrder(OrderRequest.market("NVDA", OrderSide.BUY, QTY));
        Order oco = trading.submitOrder(OcoExit.protectingLong("NVDA", QTY)
                .takeProfit(new BigDecimal("110")).stopLoss(new BigDecimal("95")).build());

        fx.exchange.gapTo("NVDA", new BigDecimal("90.00"));

        Order stopLeg = await().atMost(Duration.ofSeconds(5)).until(() -> stopLegOf(trading.getOrder(oco.id())),
                leg -> leg != null && leg.status() == OrderStatus.FILLED);
        assertThat(stopLeg.filledAvgPrice()).isEqualByComparingTo("90.00");
        assertThat(stopLeg.filledQty()).isEqualByComparingTo(QTY);
        assertThat(trading.getPosition("NVDA")).isEmpty();
    }

    /** Shares covered by live stop orders (standalone or legs) for the symbol. */
    private BigDecimal stopCoverage(String symbol) {
        List<Order> open = trading.listOrders(OrderQuery.open().withSymbols(List.of(symbol)));
        return open.stream().flatMap(o -> Stream.concat(Stream.of(o), o.legs().stream()))
                .filter(o -> o.type() == OrderType.STOP && !o.status().isTerminal())
                .map(Order::qty).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Order stopLegOf(Order parent) {
        return Stream.concat(Stream.of(parent), parent.legs().stream())
                .filter(o -> o.type() == OrderType.STOP).findFirst().orElse(null);
    }

}
