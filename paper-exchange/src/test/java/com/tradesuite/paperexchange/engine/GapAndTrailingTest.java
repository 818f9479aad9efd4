package com.tradesuite.paperexchange.engine;

import static com.tradesuite.paperexchange.engine.EngineFixture.dec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesuite.paperexchange.order.OrderRequest;
import com.tradesuite.paperexchange.order.OrderSnapshot;
import com.tradesuite.paperexchange.order.OrderStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GapAndTrailingTest {

    @TempDir
    Path dir;

    @Test
    void a_stop_jumped_over_by_a_gap_fills_at_the_gap_price_not_the_stop() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.buy("10");
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95"));

        // when
        fx.engine.setPrice("AAPL", dec("90"));

        // then
        assertThat(fx.order(stop.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(stop.id()).filledAvgPrice()).isEqualByComparingTo("90");
    }

    @Test
    void a_stop_whose_bar_opens_below_it_fills_at_the_open() {
        // given
        EngineFixture fx = EngineFixture.withBars(dir,
                "AAPL,2026-11-16T14:30:00Z,100,101,99.5,100,1000",
                "AAPL,2026-11-16T14:31:00Z,90,91,89,90.5,1000");
        fx.engine.advanceBars(1);
        fx.buy("10");
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95"));

        // when
        fx.engine.advanceBars(1);

        // then
        assertThat(fx.order(stop.id()).filledAvgPrice()).isEqualByComparingTo("90");
    }

    @Test
    void a_stop_crossed_inside_a_bar_fills_at_the_stop() {
        // given
        EngineFixture fx = EngineFixture.withBars(dir,
                "AAPL,2026-11-16T14:30:00Z,100,101,99.5,100,1000",
                "AAPL,2026-11-16T14:31:00Z,99.8,100,94,94.5,1000");
        fx.engine.advanceBars(1);
        fx.buy("10");
        OrderSnapshot stop = fx.submit(OrderRequest.builder().qty("10").side("sell").type("stop").stopPrice("95"));

        // when
        fx.engine.advanceBars(1);

        // then
        assertThat(fx.order(stop.id()).filledAvgPrice()).isEqualByComparingTo("95");
    }

    @Test
    void a_trailing_stop_follows_the_high_and_fills_when_price_falls_back_by_the_trail() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.buy("5");
        OrderSnapshot trailing = fx.submit(OrderRequest.builder().qty("5").side("sell").type("trailing_stop")
                .trailPrice("2"));
        assertThat(trailing.stopPrice()).isEqualByComparingTo("98");

        // when
        fx.engine.setPrice("AAPL", dec("105"));
        OrderSnapshot afterRise = fx.order(trailing.id());
        fx.engine.setPrice("AAPL", dec("102.50"));

        // then
        assertThat(afterRise.hwm()).isEqualByComparingTo("105");
        assertThat(afterRise.stopPrice()).isEqualByComparingTo("103");
        assertThat(fx.order(trailing.id()).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(fx.order(trailing.id()).filledAvgPrice()).isEqualByComparingTo("102.50");
    }

    @Test
    void a_stop_limit_gapped_through_its_limit_stays_open_as_a_limit() {
        // given
        EngineFixture fx = EngineFixture.atHundredDollars();
        fx.buy("5");
        OrderSnapshot stopLimit = fx.submit(OrderRequest.builder().qty("5").side("sell").type("stop_limit")
                .stopPrice("95").limitPrice("94"));

        // when
        fx.engine.setPrice("AAPL", dec("90"));
        OrderSnapshot afterGap = fx.order(stopLimit.id());
        fx.engine.setPrice("AAPL", dec("94.20"));

        // then
        assertThat(afterGap.status()).isEqualTo(OrderStatus.NEW);
        assertThat(fx.order(stopLimit.id()).filledAvgPrice()).isEqualByComparingTo("94.20");
    }
}
