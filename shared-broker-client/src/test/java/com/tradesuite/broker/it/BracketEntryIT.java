package com.tradesuite.broker.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.request.BracketEntry;
import com.tradesuite.broker.request.ClientOrderId;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Regression for the seed bug: a bracket request that lost order_class and became a plain, unprotected order. */
class BracketEntryIT {

    private final PaperExchangeFixture fx = new PaperExchangeFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void given_a_bracket_entry_when_submitted_then_the_wire_json_and_the_exchange_both_show_a_bracket_with_two_legs()
            throws Exception {
        fx.price("NVDA", "100.00");
        String cid = ClientOrderId.derive("entry", "NVDA", "signal-1");

        Order entry = fx.client.trading().submitOrder(BracketEntry.of("NVDA", OrderSide.BUY, new BigDecimal("10"))
                .takeProfit(new BigDecimal("110")).stopLoss(new BigDecimal("95")).clientOrderId(cid).build());

        JsonNode wire = new ObjectMapper().readTree(fx.postedOrders.get(0));
        assertThat(wire.get("order_class").asText()).isEqualTo("bracket");
        assertThat(wire.at("/take_profit/limit_price").asText()).isEqualTo("110.00");
        assertThat(wire.at("/stop_loss/stop_price").asText()).isEqualTo("95.00");

        Order atBroker = fx.client.trading().getOrderByClientOrderId(cid);
        assertThat(atBroker.id()).isEqualTo(entry.id());
        assertThat(atBroker.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(atBroker.status()).isEqualTo(OrderStatus.FILLED);
        Order full = fx.client.trading().getOrder(entry.id());
        assertThat(full.legs()).extracting(Order::type).containsExactlyInAnyOrder(OrderType.LIMIT, OrderType.STOP);
        assertThat(full.legs()).allSatisfy(leg -> assertThat(leg.qty()).isEqualByComparingTo("10"));
    }
}
