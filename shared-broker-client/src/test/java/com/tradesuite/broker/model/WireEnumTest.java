package com.tradesuite.broker.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pins the wire spellings the enums now derive from their names, and that Jackson writes and reads them. */
class WireEnumTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void given_multi_word_constants_when_spelled_then_alpacas_snake_case() {
        assertThat(OrderType.STOP_LIMIT.wire()).isEqualTo("stop_limit");
        assertThat(OrderType.TRAILING_STOP.wire()).isEqualTo("trailing_stop");
        assertThat(OrderStatus.ACCEPTED_FOR_BIDDING.wire()).isEqualTo("accepted_for_bidding");
        assertThat(TradeUpdateEvent.ORDER_REPLACE_REJECTED.wire()).isEqualTo("order_replace_rejected");
        assertThat(TimeInForce.GTC.wire()).isEqualTo("gtc");
        assertThat(OrderStatusFilter.ALL.wire()).isEqualTo("all");
        assertThat(OrderClass.BRACKET.wire()).isEqualTo("bracket");
        assertThat(OrderSide.SELL.wire()).isEqualTo("sell");
    }

    @Test
    void given_every_constant_when_written_as_json_then_its_wire_value_and_read_back_the_same() throws Exception {
        List<Class<? extends Enum<?>>> types = List.of(OrderClass.class, OrderSide.class, OrderStatus.class,
                OrderStatusFilter.class, OrderType.class, TimeInForce.class, TradeUpdateEvent.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String json = mapper.writeValueAsString(constant);
                assertThat(json).isEqualTo("\"" + ((WireEnum) constant).wire() + "\"");
                assertThat(mapper.readValue(json, type)).isEqualTo(constant);
            }
        }
    }

    @Test
    void given_an_enum_map_key_when_written_as_json_then_its_wire_value() throws Exception {
        assertThat(mapper.writeValueAsString(Map.of(OrderType.STOP_LIMIT, 1))).isEqualTo("{\"stop_limit\":1}");
    }

    @Test
    void given_unknown_values_when_read_then_each_enum_keeps_its_own_fallback() {
        assertThat(OrderType.fromWire("iceberg")).isEqualTo(OrderType.UNKNOWN);
        assertThat(OrderStatus.fromWire(null)).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(OrderStatusFilter.fromWire("nope")).isEqualTo(OrderStatusFilter.ALL);
        assertThat(OrderClass.fromWire("")).isEqualTo(OrderClass.SIMPLE);
        assertThat(OrderClass.fromWire("spread")).isEqualTo(OrderClass.UNKNOWN);
        assertThat(TimeInForce.fromWire(" GTC ")).isEqualTo(TimeInForce.GTC);
        assertThat(TradeUpdateEvent.fromWire("margin_call")).isEqualTo(TradeUpdateEvent.UNKNOWN);
    }
}
