package com.tradesuite.service.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradesuite.broker.BrokerConfig;
import com.tradesuite.broker.BrokerConfigException;
import com.tradesuite.service.testkit.MappedConfig;

import io.smallrye.config.ConfigValidationException;

/** The broker's documented variables fill BrokerConfig through the mapping; BrokerConfig's rules still apply. */
class BrokerClientProducerTest {

    private static final String SECRET = "s3cr3t-value-never-shown";

    @Test
    void given_the_documented_variables_when_read_then_they_fill_the_broker_config() {
        Map<String, String> env = credentials();
        env.put("APCA_API_BASE_URL", "http://localhost:8089");
        env.put("TRADESUITE_BROKER_MAX_ATTEMPTS", "3");
        env.put("TRADESUITE_BROKER_CONNECT_TIMEOUT_MS", "1500");

        BrokerConfig config = brokerConfig(env);

        assertThat(config.keyId()).isEqualTo("PKTESTKEY1");
        assertThat(config.secretKey()).isEqualTo(SECRET);
        assertThat(config.tradingUrl().toString()).isEqualTo("http://localhost:8089/");
        assertThat(config.maxAttempts()).isEqualTo(3);
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void given_no_optional_keys_when_read_then_broker_configs_own_defaults_apply() {
        BrokerConfig config = brokerConfig(credentials());

        assertThat(config.tradingUrl().toString()).isEqualTo(BrokerConfig.PAPER_URL + "/");
        assertThat(config.maxAttempts()).isEqualTo(5);
        assertThat(config.isLiveTrading()).isFalse();
    }

    @Test
    void given_the_live_url_without_the_opt_in_when_read_then_it_is_refused_naming_the_variable() {
        Map<String, String> env = credentials();
        env.put("APCA_API_BASE_URL", BrokerConfig.LIVE_URL);

        assertThatThrownBy(() -> brokerConfig(env))
                .isInstanceOf(BrokerConfigException.class)
                .hasMessageStartingWith(BrokerConfig.ALLOW_LIVE);

        env.put("TRADESUITE_ALLOW_LIVE_TRADING", "true");
        assertThat(brokerConfig(env).isLiveTrading()).isTrue();
    }

    @Test
    void given_an_opt_in_that_is_neither_true_nor_false_when_read_then_the_error_names_the_key() {
        Map<String, String> env = credentials();
        env.put("TRADESUITE_ALLOW_LIVE_TRADING", "yes");

        assertThatThrownBy(() -> MappedConfig.of(BrokerClientConfig.class, env))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.broker.allow-live-trading");
    }

    @Test
    void given_no_secret_when_read_then_the_error_names_the_variable() {
        assertThatThrownBy(() -> brokerConfig(Map.of("APCA_API_KEY_ID", "PKTESTKEY1")))
                .isInstanceOf(BrokerConfigException.class)
                .hasMessageStartingWith(BrokerConfig.SECRET_KEY);
    }

    @Test
    void given_a_secret_when_the_mapping_or_a_config_error_is_printed_then_the_secret_is_not_shown() {
        Map<String, String> env = credentials();
        BrokerClientConfig mapping = MappedConfig.of(BrokerClientConfig.class, env);

        assertThat(mapping.toString()).doesNotContain(SECRET);
        assertThat(mapping.secretKey().orElseThrow().toString()).doesNotContain(SECRET);
        assertThat(BrokerClientProducer.brokerConfig(mapping).toString()).doesNotContain(SECRET);

        env.put("TRADESUITE_BROKER_MAX_ATTEMPTS", "many");
        assertThatThrownBy(() -> MappedConfig.of(BrokerClientConfig.class, env))
                .isInstanceOf(ConfigValidationException.class)
                .hasMessageContaining("tradesuite.broker.max-attempts")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    private static BrokerConfig brokerConfig(Map<String, String> env) {
        return BrokerClientProducer.brokerConfig(MappedConfig.of(BrokerClientConfig.class, env));
    }

    private static Map<String, String> credentials() {
        Map<String, String> env = new HashMap<>();
        env.put("APCA_API_KEY_ID", "PKTESTKEY1");
        env.put("APCA_API_SECRET_KEY", SECRET);
        return env;
    }
}
