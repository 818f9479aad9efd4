package com.tradesuite.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ConfigDurationsTest {

    @Test
    void readsIsoAndShortForms() {
        assertThat(ConfigDurations.parse("PT5M")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ConfigDurations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ConfigDurations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(ConfigDurations.parse(" 5m ")).isEqualTo(Duration.ofMinutes(5));
        assertThat(ConfigDurations.parse("1H")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesTextThatIsNeither() {
        assertThatThrownBy(() -> ConfigDurations.parse("soon")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigDurations.parse("5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfigDurations.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
