package com.tradesuite.paperexchange.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bar file over two trading days: the night between them, and what trades outside regular hours. */
class OvernightTest {

    private static final Instant MONDAY_CLOSE = Instant.parse("2026-11-16T21:00:00Z");
    private static final Instant TUESDAY_OPEN = Instant.parse("2026-11-17T14:30:00Z");

    @TempDir
    Path dir;

    @Test
    void a_gtc_stop_survives_the_night_and_fills_at_the_gap_open_price() {
        // given: a position bought on Monday's last minutes with a GTC stop at 95
        EngineFixture fx = twoDays();
        fx.engine.advanceBars(1);
        fx.buy("10");
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95")
                .timeInForce("gtc"));
        fx.engine.advanceTo(MONDAY_CLOSE.plus(Duration.ofHours(1)));
        OrderStatus afterTheClose = fx.order(stop.id()).status();

        // when: Tuesday opens at 90.004, below the stop
        fx.engine.advanceBars(1);

        // then
        assertThat(afterTheClose).isEqualTo(OrderStatus.NEW);
        assertThat(fx.order(stop.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(stop.id()).filledAvgPrice()).isEqualByComparingTo("90.004");
        assertThat(fx.engine.now()).isEqualTo(TUESDAY_OPEN.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_day_order_expires_at_the_close() {
        // given
        EngineFixture fx = twoDays();
        fx.engine.advanceBars(1);
        OrderSnapshot day = fx.submit(OrderRequest.builder().qty("1").side("buy").type("limit").limitPrice("50"));

        // when
        fx.engine.advanceBars(2);

        // then
        assertThat(fx.order(day.id()).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(fx.eventsFor(day.id())).filteredOn(update -> update.event().equals("expired"))
                .singleElement().satisfies(update -> assertThat(update.timestamp()).isEqualTo(MONDAY_CLOSE));
    }

    @Test
    void by_default_bars_outside_regular_hours_are_not_played() {
        // when
        EngineFixture fx = twoDays();
        fx.engine.advanceBars(10);

        // then: the 04:00 and 17:00 bars never became market data
        assertThat(fx.engine.bars("AAPL", Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z")))
                .extracting(bar -> bar.start().toString())
                .containsExactly("2026-11-16T20:58:00Z", "2026-11-16T20:59:00Z", "2026-11-17T14:30:00Z",
                        "2026-11-17T14:31:00Z");
    }

    @Test
    void with_extended_hours_a_regular_stop_ignores_the_pre_market_and_fills_at_the_open() {
        // given
        EngineFixture fx = EngineFixture.withBars(dir, true, bars());
        fx.engine.advanceBars(1);
        fx.buy("10");
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95")
                .timeInForce("gtc"));

        // when: after hours and pre-market trade at 93, then Tuesday opens at 90.004
        fx.engine.advanceBars(3);
        OrderStatus beforeTheOpen = fx.order(stop.id()).status();
        fx.engine.advanceBars(1);

        // then
        assertThat(beforeTheOpen).isEqualTo(OrderStatus.NEW);
        assertThat(fx.order(stop.id()).filledAvgPrice()).isEqualByComparingTo("90.004");
    }

    @Test
    void with_extended_hours_an_extended_hours_limit_order_fills_in_the_pre_market() {
        // given
        EngineFixture fx = EngineFixture.withBars(dir, true, bars());
        fx.engine.advanceBars(2);
        OrderSnapshot limit = fx.submit(OrderRequest.builder().qty("1").side("buy").type("limit").limitPrice("94")
                .timeInForce("day").extendedHours(true));

        // when: the 17:00 bar trades at 93
        fx.engine.advanceBars(1);

        // then
        assertThat(fx.order(limit.id()).status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void a_trading_day_of_the_file_is_one_stretch_and_the_next_bar_is_the_next_open() {
        // given
        EngineFixture fx = twoDays();

        // when
        Instant first = fx.engine.nextBarStart().orElseThrow();
        Instant end = fx.engine.endOfStretch(first, Duration.ofMinutes(30)).orElseThrow();
        fx.engine.advanceTo(end);

        // then
        assertThat(end).isEqualTo(MONDAY_CLOSE);
        assertThat(fx.engine.nextBarStart()).contains(TUESDAY_OPEN);
    }

    private EngineFixture twoDays() {
        return EngineFixture.withBars(dir, bars());
    }

    private static String[] bars() {
        return new String[] {
            "AAPL,2026-11-16T20:58:00Z,100,100.5,99.5,100,1000",
            "AAPL,2026-11-16T20:59:00Z,100,100.5,99.5,100.0012,1000",
            "AAPL,2026-11-16T22:00:00Z,93,93,93,93,100",
            "AAPL,2026-11-17T09:00:00Z,93,93,93,93,100",
            "AAPL,2026-11-17T14:30:00Z,90.004,91,89.5,90.5,1000",
            "AAPL,2026-11-17T14:31:00Z,90.5,91,90,90.75,1000"};
    }
}
