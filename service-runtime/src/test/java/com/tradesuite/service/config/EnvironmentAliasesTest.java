package com.tradesuite.service.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class EnvironmentAliasesTest {

    private static final Map<String, String> ALIASES = Map.of("tradesuite.buyer.risk-percent", "BUYER_RISK_PERCENT");

    @Test
    void given_the_documented_variable_it_sets_the_key() {
        SmallRyeConfig config = config(Map.of("BUYER_RISK_PERCENT", "0.5", "tradesuite.buyer.risk-percent", "1"));

        assertEquals("0.5", config.getRawValue("tradesuite.buyer.risk-percent"));
    }

    @Test
    void given_the_variable_the_value_carries_the_keys_name_for_error_messages() {
        SmallRyeConfig config = config(Map.of("BUYER_RISK_PERCENT", "0.5"));

        assertEquals("tradesuite.buyer.risk-percent", config.getConfigValue("tradesuite.buyer.risk-percent").getName());
    }

    @Test
    void without_the_variable_the_key_is_read_as_usual() {
        SmallRyeConfig config = config(Map.of("tradesuite.buyer.risk-percent", "1"));

        assertEquals("1", config.getRawValue("tradesuite.buyer.risk-percent"));
    }

    @Test
    void keys_without_an_alias_are_untouched() {
        SmallRyeConfig config = config(Map.of("BUYER_RISK_PERCENT", "0.5", "tradesuite.other", "x"));

        assertEquals("x", config.getRawValue("tradesuite.other"));
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withInterceptors(new EnvironmentAliases(ALIASES))
                .build();
    }
}
