package com.tradesuite.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.service.testkit.MappedConfig;

import io.smallrye.config.ConfigValidationException;

class TopicsConfigTest {

    @Test
    void given_no_keys_when_read_then_the_documented_defaults_apply() {
        TopicsConfig topics = MappedConfig.of(TopicsConfig.class, Map.of());

        assertThat(topics.partitions()).isEqualTo(6);
        assertThat(topics.replicationFactor()).isEqualTo((short) 1);
        assertThat(topics.provisioningTimeoutMillis()).isEqualTo(30_000);
    }

    @Test
    void given_a_non_numeric_partition_count_when_read_then_the_error_names_the_key() {
        assertThatThrownBy(() -> MappedConfig.of(TopicsConfig.class, Map.of(TopicsConfig.PARTITIONS_KEY, "six")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.topics.partitions")
                .hasMessageContaining("six");
    }

    @Test
    void given_a_zero_replication_factor_when_read_then_the_error_names_the_key() {
        assertThatThrownBy(() -> MappedConfig.of(TopicsConfig.class,
                Map.of("tradesuite.topics.replication-factor", "0")))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.topics.replication-factor");
    }
}
