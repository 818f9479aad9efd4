package com.tradesuite.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TopicSettingsTest {

    @Test
    void missingKeysTakeTheDocumentedDefaults() {
        TopicSettings settings = TopicSettings.from(Map.of());

        assertThat(settings).isEqualTo(new TopicSettings(6, (short) 1, 30_000));
    }

    @Test
    void aNonNumericPartitionCountNamesTheKey() {
        assertThatThrownBy(() -> TopicSettings.from(Map.of(TopicSettings.PARTITIONS_KEY, "six")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("tradesuite.topics.partitions: 'six' is not a whole number");
    }

    @Test
    void aZeroReplicationFactorNamesTheKey() {
        assertThatThrownBy(() -> TopicSettings.from(Map.of(TopicSettings.REPLICATION_FACTOR_KEY, "0")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("tradesuite.topics.replication-factor:");
    }
}
