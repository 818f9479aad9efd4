package com.tradesuite.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerConfigTest {

    private static final String SECRET = "very-secret-value-123";

    @Test
    void given_minimal_env_then_paper_defaults_and_derived_urls() {
        BrokerConfig config = BrokerConfig.fromEnvironment(env());

        assertThat(config.tradingUrl().toString()).isEqualTo("https://paper-api.alpaca.markets/");
        assertThat(config.dataUrl().toString()).isEqualTo("https://data.alpaca.markets/");
        assertThat(config.streamUrl()).isEqualTo("wss://paper-api.alpaca.markets/stream");
        assertThat(config.isLiveTrading()).isFalse();
        assertThat(config.effectiveRequestsPerMinute()).isEqualTo(200);
    }

    @Test
    void given_a_self_hosted_exchange_then_data_and_stream_default_to_it() {
        Map<String, String> env = env();
        env.put(BrokerConfig.BASE_URL, "http://localhost:8089/v2/");

        BrokerConfig config = BrokerConfig.fromEnvironment(env);

        assertThat(config.tradingUrl().toString()).isEqualTo("http://localhost:8089/");
        assertThat(config.dataUrl().toString()).isEqualTo("http://localhost:8089/");
        assertThat(config.streamUrl()).isEqualTo("ws://localhost:8089/stream");
    }

    @Test
    void given_a_missing_key_then_the_error_names_it() {
        Map<String, String> env = env();
        env.remove(BrokerConfig.SECRET_KEY);

        assertThatThrownBy(() -> BrokerConfig.fromEnvironment(env))
                .isInstanceOfSatisfying(BrokerConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("APCA_API_SECRET_KEY"))
                .hasMessageContaining("APCA_API_SECRET_KEY");
    }

    @Test
    void given_the_live_url_without_opt_in_then_startup_fails_naming_the_opt_in_key() {
        Map<String, String> env = env();
        env.put(BrokerConfig.BASE_URL, "https://api.alpaca.markets");

        assertThatThrownBy(() -> BrokerConfig.fromEnvironment(env))
                .hasMessageStartingWith("TRADESUITE_ALLOW_LIVE_TRADING");

        env.put(BrokerConfig.ALLOW_LIVE, "true");
        assertThat(BrokerConfig.fromEnvironment(env).isLiveTrading()).isTrue();
    }

    @Test
    void given_bad_values_then_each_error_names_its_key() {
        assertBad(BrokerConfig.RATE_SHARE, "1.5");
        assertBad(BrokerConfig.RATE_SHARE, "half");
        assertBad(BrokerConfig.RATE_LIMIT, "0");
        assertBad(BrokerConfig.BASE_URL, "not a url");
        assertBad(BrokerConfig.STREAM_URL, "http://x/stream");
        assertBad(BrokerConfig.ALLOW_LIVE, "yes");
        assertBad(BrokerConfig.READ_TIMEOUT, "-5");
        assertBad(BrokerConfig.KEY_ID, "has space");
    }

    @Test
    void given_a_share_then_the_client_uses_only_that_part_of_the_limit() {
        Map<String, String> env = env();
        env.put(BrokerConfig.RATE_SHARE, "0.25");

        assertThat(BrokerConfig.fromEnvironment(env).effectiveRequestsPerMinute()).isEqualTo(50);
    }

    @Test
    void given_a_config_then_to_string_never_shows_the_secret_or_the_whole_key_id() {
        String text = BrokerConfig.fromEnvironment(env()).toString();

        assertThat(text).doesNotContain(SECRET).doesNotContain("PKABCDEFGH123").contains("PK****");
    }

    private static void assertBad(String key, String value) {
        Map<String, String> env = env();
        env.put(key, value);
        assertThatThrownBy(() -> BrokerConfig.fromEnvironment(env))
                .isInstanceOfSatisfying(BrokerConfigException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put(BrokerConfig.KEY_ID, "PKABCDEFGH123");
        env.put(BrokerConfig.SECRET_KEY, SECRET);
        return env;
    }
}
