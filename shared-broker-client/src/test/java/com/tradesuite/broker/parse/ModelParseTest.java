package com.tradesuite.broker.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.broker.model.Account;
import com.tradesuite.broker.model.CalendarDay;
import com.tradesuite.broker.model.MarketClock;
import com.tradesuite.broker.model.Order;
import com.tradesuite.broker.model.OrderClass;
import com.tradesuite.broker.model.OrderSide;
import com.tradesuite.broker.model.OrderStatus;
import com.tradesuite.broker.model.OrderType;
import com.tradesuite.broker.model.Position;
import com.tradesuite.broker.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelParseTest {

    private final ObjectMapper mapper = BrokerJson.newMapper();

    @Test
    void given_a_nested_bracket_then_entry_and_both_legs_with_decimals() throws Exception {
        Order order = mapper.readValue(Fixtures.read("order-bracket-nested.json"), Order.class);

        assertThat(order.orderClass()).isEqualTo(OrderClass.BRACKET);
        assertThat(order.type()).isEqualTo(OrderType.MARKET);
        assertThat(order.side()).isEqualTo(OrderSide.BUY);
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledAvgPrice()).isEqualByComparingTo("875.12");
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2024-03-04T14:31:01.654321Z"));
        assertThat(order.legs()).extracting(Order::type).containsExactly(OrderType.LIMIT, OrderType.STOP);
        assertThat(order.legs()).extracting(Order::status).containsExactly(OrderStatus.NEW, OrderStatus.HELD);
        assertThat(order.legs().get(1).stopPrice()).isEqualByComparingTo("850");
        assertThat(order.legs().get(0).legs()).isEmpty();
    }

    @Test
    void given_an_empty_order_class_then_simple() throws Exception {
        Order order = mapper.readValue("{\"id\":\"1\",\"order_class\":\"\",\"status\":\"new\"}", Order.class);

        assertThat(order.orderClass()).isEqualTo(OrderClass.SIMPLE);
    }

    @Test
    void given_a_position_then_held_shares_are_qty_minus_available() throws Exception {
        Position position = mapper.readValue(Fixtures.read("position.json"), Position.class);

        assertThat(position.qty()).isEqualByComparingTo("59");
        assertThat(position.qtyAvailable()).isEqualByComparingTo("0");
        assertThat(position.heldForOrders()).isEqualByComparingTo("59");
        assertThat(position.avgEntryPrice()).isEqualByComparingTo("875.12");
    }

    @Test
    void given_account_clock_and_calendar_then_typed_values() throws Exception {
        Account account = mapper.readValue(Fixtures.read("account.json"), Account.class);
        MarketClock clock = mapper.readValue(Fixtures.read("clock.json"), MarketClock.class);
        List<CalendarDay> days = Arrays.asList(mapper.readValue(Fixtures.read("calendar.json"), CalendarDay[].class));

        assertThat(account.buyingPower()).isEqualByComparingTo("176531.28");
        assertThat(account.lastEquity()).isEqualByComparingTo("100000");
        assertThat(account.tradingBlocked()).isFalse();
        assertThat(clock.isOpen()).isTrue();
        assertThat(clock.nextClose().toInstant()).isEqualTo(Instant.parse("2024-03-04T21:00:00Z"));
        assertThat(days).hasSize(2);
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(days.get(0).open()).isEqualTo(LocalTime.of(9, 30));
        assertThat(days.get(0).sessionOpen()).isEqualTo("0400");
    }
}
