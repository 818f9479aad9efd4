package com.tradesuite.domain.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.tradesuite.schemas.event.BarClosed;

class MarketClockTest {

    private static final Instant OPEN = Instant.parse("2026-03-02T14:30:00Z");

    @Test
    void timeframes_parse_to_their_bar_length() {
        assertEquals(Duration.ofMinutes(1), Timeframe.parse("1Min").length());
        assertEquals(Duration.ofMinutes(15), Timeframe.parse("15T").length());
        assertEquals(Duration.ofHours(1), Timeframe.parse("1Hour").length());
        assertEquals(Duration.ofDays(1), Timeframe.parse("1Day").length());
        assertEquals("5Min", Timeframe.parse("5Min").name());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Timeframe.parse("5m"));
        assertTrue(refused.getMessage().contains("'5m'"), refused.getMessage());
    }

    @Test
    void given_five_minute_bars_market_time_is_the_end_of_the_newest_bar() {
        MarketClock clock = new MarketClock(Timeframe.parse("5Min"));
        assertEquals(Optional.empty(), clock.now());

        clock.observe(bar("5Min", OPEN.plusSeconds(300)));
        clock.observe(bar("5Min", OPEN));

        assertEquals(Optional.of(OPEN.plusSeconds(600)), clock.now());
    }

    @Test
    void bars_of_another_timeframe_do_not_move_market_time() {
        MarketClock clock = new MarketClock(Timeframe.ONE_MINUTE);

        assertEquals(Optional.empty(), clock.observe(bar("1Hour", OPEN)));

        assertEquals(Optional.empty(), clock.now());
    }

    private static BarClosed bar(String timeframe, Instant start) {
        BigDecimal price = new BigDecimal("100.00");
        return new BarClosed(timeframe, start, price, price, price, price, 1_000);
    }
}
