package com.tradesuite.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.snapshot.SnapshotSettings;
import com.tradesuite.service.testkit.MappedConfig;

import io.smallrye.config.ConfigValidationException;

/** Snapshot settings default to on, 50,000 events, 60 s; a bad value stops startup naming its key. */
class SnapshotConfigTest {

    @Test
    void given_no_keys_when_read_then_the_defaults_apply() {
        assertThat(MappedConfig.of(SnapshotConfig.class, Map.of()).settings())
                .isEqualTo(new SnapshotSettings(true, 50_000, Duration.ofSeconds(60)));
    }

    @Test
    void given_values_when_read_then_they_are_used() {
        SnapshotConfig config = MappedConfig.of(SnapshotConfig.class, Map.of(SnapshotConfig.ENABLED_KEY, "false",
                SnapshotConfig.EVERY_EVENTS_KEY, "1000", SnapshotConfig.EVERY_INTERVAL_KEY, "5m"));

        assertThat(config.settings()).isEqualTo(new SnapshotSettings(false, 1000, Duration.ofMinutes(5)));
    }

    @Test
    void given_a_bad_value_when_read_then_the_error_names_its_key() {
        assertThatThrownBy(() -> read(SnapshotConfig.ENABLED_KEY, "yes"))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining(SnapshotConfig.ENABLED_KEY);
        assertThatThrownBy(() -> read(SnapshotConfig.EVERY_EVENTS_KEY, "0"))
                .isInstanceOf(ConfigValidationException.class).hasMessageContaining(SnapshotConfig.EVERY_EVENTS_KEY);
        assertThatThrownBy(() -> read(SnapshotConfig.EVERY_INTERVAL_KEY, "soon"))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining(SnapshotConfig.EVERY_INTERVAL_KEY);
        assertThatThrownBy(() -> read(SnapshotConfig.EVERY_INTERVAL_KEY, "500ms"))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining(SnapshotConfig.EVERY_INTERVAL_KEY + " is shorter than 1s");
    }

    private static SnapshotConfig read(String key, String value) {
        return MappedConfig.of(SnapshotConfig.class, Map.of(key, value));
    }
}
