package com.tradesuite.service.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.InvalidConfigException;

/** Snapshot settings default to on, 50,000 events, 60 s; a bad value stops startup naming its key. */
class SnapshotSettingsTest {

    @Test
    void missingKeysTakeTheDefaults() {
        assertThat(SnapshotSettings.parse(null, null, null))
                .isEqualTo(new SnapshotSettings(true, 50_000, Duration.ofSeconds(60)));
    }

    @Test
    void givenValuesAreRead() {
        assertThat(SnapshotSettings.parse("false", "1000", "5m"))
                .isEqualTo(new SnapshotSettings(false, 1000, Duration.ofMinutes(5)));
    }

    @Test
    void aBadValueNamesItsKey() {
        assertThatThrownBy(() -> SnapshotSettings.parse("yes", null, null))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith(SnapshotSettings.ENABLED_KEY);
        assertThatThrownBy(() -> SnapshotSettings.parse(null, "0", null))
                .isInstanceOf(InvalidConfigException.class).hasMessageStartingWith(SnapshotSettings.EVERY_EVENTS_KEY);
        assertThatThrownBy(() -> SnapshotSettings.parse(null, null, "soon"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(SnapshotSettings.EVERY_INTERVAL_KEY);
        assertThatThrownBy(() -> SnapshotSettings.parse(null, null, "500ms"))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("shorter than 1s");
    }
}
