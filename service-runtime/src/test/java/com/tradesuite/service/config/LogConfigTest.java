package com.tradesuite.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.testkit.MappedConfig;

import io.smallrye.config.ConfigValidationException;

/** Kafka accepts a session timeout of 6 s to 5 min; outside that startup stops naming the key. */
class LogConfigTest {

    @Test
    void given_no_keys_when_read_then_the_defaults_apply() {
        LogConfig log = MappedConfig.of(LogConfig.class, Map.of());

        assertThat(log.sessionTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(log.publishTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void given_short_or_iso_durations_when_read_then_both_are_accepted() {
        assertThat(MappedConfig.of(LogConfig.class, Map.of(LogConfig.SESSION_TIMEOUT_KEY, "90s")).sessionTimeout())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(MappedConfig.of(LogConfig.class, Map.of(LogConfig.SESSION_TIMEOUT_KEY, "PT2M")).sessionTimeout())
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void given_a_session_timeout_outside_6s_to_5m_when_read_then_the_error_names_the_key() {
        assertThatThrownBy(() -> MappedConfig.of(LogConfig.class, Map.of(LogConfig.SESSION_TIMEOUT_KEY, "5s")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.log.session-timeout is outside 6s..5m");
        assertThatThrownBy(() -> MappedConfig.of(LogConfig.class, Map.of(LogConfig.SESSION_TIMEOUT_KEY, "6m")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.log.session-timeout is outside 6s..5m");
        assertThatThrownBy(() -> MappedConfig.of(LogConfig.class, Map.of(LogConfig.SESSION_TIMEOUT_KEY, "soon")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.log.session-timeout");
    }
}
