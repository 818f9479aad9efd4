package com.tradesuite.seller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.InvalidConfigException;

class SellerSettingsTest {

    private static Map<String, String> defaults() {
        Map<String, String> values = new HashMap<>();
        values.put(SellerSettings.TIMEFRAME, "1Min");
        values.put(SellerSettings.ATR_PERIOD, "14");
        values.put(SellerSettings.ATR_MULTIPLE, "2");
        values.put(SellerSettings.MIN_STEP, "0.05");
        values.put(SellerSettings.COOLDOWN_MINUTES, "30");
        values.put(SellerSettings.INTENT_GRACE_SECONDS, "120");
        values.put(SellerSettings.REPLACE_WINDOW_SECONDS, "2");
        values.put(SellerSettings.MOMENTUM_LOOKBACK, "5");
        values.put(SellerSettings.MOMENTUM_STRONG_MOVE, "1.5");
        values.put(SellerSettings.MOMENTUM_TIGHTEN, "0.5");
        values.put(SellerSettings.MOMENTUM_EXTEND, "1.5");
        return values;
    }

    @Test
    void parsesTheDefaults() {
        SellerSettings settings = SellerSettings.parse(defaults()::get);

        assertThat(settings.atrPeriod()).isEqualTo(14);
        assertThat(settings.atrMultiple()).isEqualByComparingTo("2");
        assertThat(settings.minStep()).isEqualByComparingTo("0.05");
        assertThat(settings.cooldown()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.intentGrace()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.replaceWindow()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.momentum().lookback()).isEqualTo(5);
        assertThat(settings.momentum().tightenFactor()).isEqualByComparingTo("0.5");
    }

    @Test
    void badValuesNameTheirKey() {
        assertRejected(SellerSettings.ATR_PERIOD, "0");
        assertRejected(SellerSettings.ATR_PERIOD, "fourteen");
        assertRejected(SellerSettings.ATR_MULTIPLE, "-1");
        assertRejected(SellerSettings.ATR_MULTIPLE, "abc");
        assertRejected(SellerSettings.MIN_STEP, "-0.01");
        assertRejected(SellerSettings.COOLDOWN_MINUTES, "0");
        assertRejected(SellerSettings.INTENT_GRACE_SECONDS, "-5");
        assertRejected(SellerSettings.TIMEFRAME, " ");
        assertRejected(SellerSettings.REPLACE_WINDOW_SECONDS, null);
        assertRejected(SellerSettings.MOMENTUM_LOOKBACK, "0");
        assertRejected(SellerSettings.MOMENTUM_STRONG_MOVE, "0");
        assertRejected(SellerSettings.MOMENTUM_TIGHTEN, "1.5");
        assertRejected(SellerSettings.MOMENTUM_EXTEND, "0.8");
    }

    private static void assertRejected(String key, String value) {
        Map<String, String> values = defaults();
        values.put(key, value);
        assertThatThrownBy(() -> SellerSettings.parse(values::get))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
                .hasMessageStartingWith(key + ": ");
    }
}
