package com.tradesuite.paperexchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void day_orders_expire_at_the_close_and_gtc_orders_stay() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        OrderSnapshot day = fx.submit(OrderRequest.builder().qty("1").side("buy").type("limit").limitPrice("1"));
        OrderSnapshot gtc = fx.submit(OrderRequest.builder().qty("1").side("buy").type("limit").limitPrice("1")
                .timeInForce("gtc"));

        // when
        fx.engine.advance(Duration.ofHours(7));

        // then
        assertThat(fx.order(day.id()).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(fx.order(gtc.id()).status()).isEqualTo(OrderStatus.NEW);
    }

    @Test
    void advancing_bars_skips_the_night_to_the_next_open() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();

        // when: a whole session plus one bar
        fx.engine.advanceBars(391);

        // then: Tuesday 09:31 New York
        assertThat(fx.engine.now()).isEqualTo(Instant.parse("2026-11-17T14:31:00Z"));
        assertThat(fx.engine.calendar().isOpen(fx.engine.now())).isTrue();
    }

    @Test
    void market_orders_placed_while_closed_wait_for_the_open() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.engine.advance(Duration.ofHours(8));

        // when
        OrderSnapshot order = fx.buy("1");
        fx.engine.advanceBars(1);

        // then
        assertThat(order.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(fx.order(order.id()).status()).isEqualTo(OrderStatus.FILLED);
    }
}
