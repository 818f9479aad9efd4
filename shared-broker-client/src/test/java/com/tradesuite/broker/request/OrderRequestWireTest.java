package com.tradesuite.broker.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.TimeInForce;
import com.tradesuite.broker.parse.BrokerJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderRequestWireTest {

    private final ObjectMapper mapper = BrokerJson.newMapper();

    @Test
    void given_a_bracket_entry_when_serialised_then_it_carries_order_class_bracket_and_both_legs() throws Exception {
        OrderRequest bracket = BracketEntry.of("NVDA", OrderSide.BUY, new BigDecimal("59"))
                .limit(new BigDecimal("875.123"))
                .takeProfit(new BigDecimal("900.5"))
                .stopLoss(new BigDecimal("850"))
                .clientOrderId("entry-nvda-1")
                .build();

        JsonNode wire = mapper.readTree(mapper.writeValueAsString(bracket));

        assertThat(wire.get("order_class").asText()).isEqualTo("bracket");
        assertThat(wire.get("type").asText()).isEqualTo("limit");
        assertThat(wire.get("limit_price").isTextual()).isTrue();
        assertThat(wire.get("limit_price").asText()).isEqualTo("875.12");
        assertThat(wire.get("qty").asText()).isEqualTo("59");
        assertThat(wire.at("/take_profit/limit_price").asText()).isEqualTo("900.50");
        assertThat(wire.at("/stop_loss/stop_price").asText()).isEqualTo("850.00");
        assertThat(wire.at("/stop_loss/limit_price").isMissingNode()).isTrue();
        assertThat(wire.get("time_in_force").asText()).isEqualTo("gtc");
        assertThat(wire.get("client_order_id").asText()).isEqualTo("entry-nvda-1");
    }

    @Test
    void given_a_bracket_without_a_leg_when_built_then_refused() {
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .takeProfit(new BigDecimal("10")).build())
                .isInstanceOf(InvalidOrderRequestException.class).hasMessageContaining("stop_loss");
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .stopLoss(new BigDecimal("9")).build())
                .isInstanceOf(InvalidOrderRequestException.class).hasMessageContaining("take_profit");
    }

    @Test
    void given_legs_on_the_wrong_side_when_built_then_refused() {
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .takeProfit(new BigDecimal("9")).stopLoss(new BigDecimal("10")).build())
                .hasMessageContaining("must be above");
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.SELL, BigDecimal.ONE)
                .takeProfit(new BigDecimal("11")).stopLoss(new BigDecimal("10")).build())
                .hasMessageContaining("must be below");
    }

    @Test
    void given_a_limit_bracket_whose_stop_is_not_a_cent_below_entry_when_built_then_refused() {
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.BUY, BigDecimal.ONE).limit(new BigDecimal("100"))
                .takeProfit(new BigDecimal("110")).stopLoss(new BigDecimal("100")).build())
                .hasMessageContaining("below base price 100");
    }

    @Test
    void given_a_bracket_with_ioc_when_built_then_refused() {
        assertThatThrownBy(() -> BracketEntry.of("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .takeProfit(new BigDecimal("110")).stopLoss(new BigDecimal("90")).timeInForce(TimeInForce.IOC).build())
                .hasMessageContaining("day or gtc");
    }

    @Test
    void given_an_oco_exit_when_serialised_then_a_limit_parent_with_both_legs_and_order_class_oco() throws Exception {
        OrderRequest oco = OcoExit.protectingLong("NVDA", new BigDecimal("59"))
                .takeProfit(new BigDecimal("900.5")).stopLoss(new BigDecimal("850")).build();

        JsonNode wire = mapper.readTree(mapper.writeValueAsString(oco));

        assertThat(wire.get("order_class").asText()).isEqualTo("oco");
        assertThat(wire.get("side").asText()).isEqualTo("sell");
        assertThat(wire.get("type").asText()).isEqualTo("limit");
        assertThat(wire.get("limit_price").asText()).isEqualTo("900.50");
        assertThat(wire.at("/take_profit/limit_price").asText()).isEqualTo("900.50");
        assertThat(wire.at("/stop_loss/stop_price").asText()).isEqualTo("850.00");
    }

    @Test
    void given_an_oco_with_the_stop_above_the_take_profit_when_built_then_refused() {
        assertThatThrownBy(() -> OcoExit.protectingLong("NVDA", BigDecimal.TEN)
                .takeProfit(new BigDecimal("850")).stopLoss(new BigDecimal("900")).build())
                .isInstanceOf(InvalidOrderRequestException.class);
    }

    @Test
    void given_an_oto_when_built_then_exactly_one_leg_is_required() throws Exception {
        OrderRequest oto = OtoEntry.of("AMD", OrderSide.BUY, BigDecimal.TEN).stopLoss(new BigDecimal("150")).build();
        JsonNode wire = mapper.readTree(mapper.writeValueAsString(oto));

        assertThat(wire.get("order_class").asText()).isEqualTo("oto");
        assertThat(wire.has("take_profit")).isFalse();
        assertThat(wire.at("/stop_loss/stop_price").asText()).isEqualTo("150.00");
        assertThatThrownBy(() -> OtoEntry.of("AMD", OrderSide.BUY, BigDecimal.TEN).build())
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> OtoEntry.of("AMD", OrderSide.BUY, BigDecimal.TEN)
                .stopLoss(new BigDecimal("150")).takeProfit(new BigDecimal("170")).build())
                .hasMessageContaining("exactly one");
    }

    @Test
    void given_simple_orders_when_serialised_then_decimals_are_plain_strings_and_prices_rounded() throws Exception {
        JsonNode stopLimit = mapper.readTree(mapper.writeValueAsString(OrderRequest.stopLimit("PENNY", OrderSide.SELL,
                new BigDecimal("1E+2"), new BigDecimal("0.123456"), new BigDecimal("0.12"))));
        JsonNode trailing = mapper.readTree(mapper.writeValueAsString(
                OrderRequest.trailingStopPercent("NVDA", OrderSide.SELL, BigDecimal.ONE, new BigDecimal("1.5"))));

        assertThat(stopLimit.get("qty").asText()).isEqualTo("100");
        assertThat(stopLimit.get("stop_price").asText()).isEqualTo("0.1235");
        assertThat(stopLimit.get("limit_price").asText()).isEqualTo("0.1200");
        assertThat(stopLimit.get("order_class").asText()).isEqualTo("simple");
        assertThat(trailing.get("type").asText()).isEqualTo("trailing_stop");
        assertThat(trailing.get("trail_percent").asText()).isEqualTo("1.5");
        assertThat(trailing.has("take_profit")).isFalse();
    }

    @Test
    void given_a_trailing_stop_when_given_ioc_then_refused() {
        OrderRequest trailing = OrderRequest.trailingStopPrice("NVDA", OrderSide.SELL, BigDecimal.ONE, BigDecimal.TEN);

        assertThatThrownBy(() -> trailing.withTimeInForce(TimeInForce.IOC)).hasMessageContaining("day or gtc");
        assertThat(trailing.withTimeInForce(TimeInForce.GTC).timeInForce()).isEqualTo(TimeInForce.GTC);
    }

    @Test
    void given_bad_quantities_or_ids_when_built_then_refused_by_field_name() {
        assertThatThrownBy(() -> OrderRequest.market("NVDA", OrderSide.BUY, BigDecimal.ZERO))
                .hasMessageContaining("qty");
        assertThatThrownBy(() -> OrderRequest.market("NVDA", OrderSide.BUY, BigDecimal.ONE)
                .withClientOrderId("x".repeat(129))).hasMessageContaining("client_order_id");
        assertThatThrownBy(() -> OrderRequest.market(" ", OrderSide.BUY, BigDecimal.ONE)).hasMessageContaining("symbol");
    }

    @Test
    void given_a_replace_when_serialised_then_only_changed_fields_as_strings() throws Exception {
        JsonNode wire = mapper.readTree(mapper.writeValueAsString(
                ReplaceOrderRequest.builder().stopPrice(new BigDecimal("851.005")).validated()));

        assertThat(wire.size()).isEqualTo(1);
        assertThat(wire.get("stop_price").asText()).isEqualTo("851.01");
        assertThatThrownBy(() -> ReplaceOrderRequest.builder().validated()).hasMessageContaining("at least one");
    }

    @Test
    void given_close_position_choices_then_qty_or_percentage_never_both() {
        assertThatThrownBy(() -> new ClosePosition(BigDecimal.ONE, BigDecimal.TEN)).hasMessageContaining("not both");
        assertThatThrownBy(() -> ClosePosition.percentage(new BigDecimal("101"))).hasMessageContaining("percentage");
        assertThat(ClosePosition.qty(BigDecimal.ONE).qty()).isEqualByComparingTo("1");
    }
}
