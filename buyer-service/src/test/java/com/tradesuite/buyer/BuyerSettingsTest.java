package com.tradesuite.buyer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.domain.entry.EntryPolicy;
import com.tradesuite.schemas.event.OrderType;
import com.tradesuite.service.InvalidConfigException;

class BuyerSettingsTest {

    @Test
    void missingKeysTakeTheDocumentedDefaults() {
        BuyerSettings settings = BuyerSettings.from(Map.of());

        assertThat(settings).isEqualTo(new BuyerSettings(new BigDecimal("1"), 5, new BigDecimal("2"), OrderType.LIMIT,
                Duration.ofMinutes(5), Duration.ofMinutes(2), false, Duration.ofMinutes(30)));
    }

    @Test
    void readsEveryKeyIncludingShortDurations() {
        BuyerSettings settings = BuyerSettings.from(Map.of(
                BuyerSettings.RISK_PERCENT, "0.5",
                BuyerSettings.MAX_OPEN_POSITIONS, "3",
                BuyerSettings.DAILY_LOSS_LIMIT_PERCENT, "1.5",
                BuyerSettings.ENTRY_TYPE, "Market",
                BuyerSettings.ENTRY_TIMEOUT, "90s",
                BuyerSettings.MAX_SIGNAL_AGE, "PT3M",
                BuyerSettings.HALTED, "TRUE",
                BuyerSettings.COOLDOWN_LENGTH, "45m"));

        assertThat(settings).isEqualTo(new BuyerSettings(new BigDecimal("0.5"), 3, new BigDecimal("1.5"),
                OrderType.MARKET, Duration.ofSeconds(90), Duration.ofMinutes(3), true, Duration.ofMinutes(45)));
    }

    @Test
    void theDailyLossLimitIsAShareOfTheDaysStartingEquity() {
        EntryPolicy policy = BuyerSettings.from(Map.of()).policy(new BigDecimal("100000"));

        assertThat(policy.maxDailyLoss()).isEqualByComparingTo("2000");
        assertThat(policy.riskPercent()).isEqualByComparingTo("1");
        assertThat(policy.maxOpenPositions()).isEqualTo(5);
        assertThat(policy.entryTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void anAccountWithoutEquityStillGetsAValidPolicy() {
        assertThat(BuyerSettings.from(Map.of()).policy(BigDecimal.ZERO).maxDailyLoss()).isPositive();
    }

    @Test
    void everyBadValueNamesItsKey() {
        assertBad(BuyerSettings.RISK_PERCENT, "one", "tradesuite.buyer.risk-percent: 'one' is not a number");
        assertBad(BuyerSettings.RISK_PERCENT, "0", "tradesuite.buyer.risk-percent: 0 is outside (0, 100] percent");
        assertBad(BuyerSettings.MAX_OPEN_POSITIONS, "0", "tradesuite.buyer.max-open-positions: 0 must be at least 1");
        assertBad(BuyerSettings.DAILY_LOSS_LIMIT_PERCENT, "101",
                "tradesuite.buyer.daily-loss-limit-percent: 101 is outside (0, 100] percent");
        assertBad(BuyerSettings.ENTRY_TYPE, "stop", "tradesuite.buyer.entry-type: 'stop' is not market or limit");
        assertBad(BuyerSettings.ENTRY_TIMEOUT, "five minutes",
                "tradesuite.buyer.entry-timeout: 'five minutes' is not a duration (e.g. PT5M, 5m, 90s)");
        assertBad(BuyerSettings.MAX_SIGNAL_AGE, "-PT1M", "tradesuite.buyer.max-signal-age: -PT1M must be positive");
        assertBad(BuyerSettings.MAX_SIGNAL_AGE, "P2D", "tradesuite.buyer.max-signal-age: P2D must be shorter than PT24H, the window in which decided signals"
                + " are remembered");
        assertBad(BuyerSettings.HALTED, "yes", "tradesuite.buyer.halted: 'yes' is not true or false");
    }

    private static void assertBad(String key, String value, String message) {
        assertThatThrownBy(() -> BuyerSettings.from(Map.of(key, value)))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidConfigException) e).key()).isEqualTo(key);
    }
}
