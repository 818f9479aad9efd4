package com.tradesuite.seller.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.tradesuite.service.InvalidConfigException;
import com.tradesuite.service.config.EnvironmentAliases;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** {@link SellerExitsConfig} read as Quarkus reads it, beside {@link SellerConfig}: off by default, the variables. */
class SellerExitsConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void givenNothingSet_whenBuilt_thenEveryExitBeyondTrailingIsOff() {
        SellerExitSettings settings = settings(Map.of());

        assertThat(settings.signalExit()).isFalse();
        assertThat(settings.timeExit().enabled()).isFalse();
        assertThat(settings.marketClose().enabled()).isFalse();
        assertThat(settings.takeProfit()).isEmpty();
    }

    @Test
    void givenTheDocumentedVariables_whenBuilt_thenTheySwitchTheExitsOn() {
        SellerExitSettings settings = settings(Map.of("SELLER_SIGNAL_EXIT_ENABLED", "true",
                "SELLER_MAX_HOLDING", "90m", "SELLER_MARKET_CLOSE_ENABLED", "TRUE", "SELLER_MARKET_CLOSE_BEFORE", "15m",
                "SELLER_TAKE_PROFIT_EXTEND_ENABLED", "true", "SELLER_TAKE_PROFIT_APPROACH_ATR", "0.8"));

        assertThat(settings.signalExit()).isTrue();
        assertThat(settings.timeExit().enabled()).isTrue();
        assertThat(settings.marketClose().due(Instant.parse("2026-11-20T20:45:00Z"))).isPresent();
        assertThat(settings.marketClose().due(Instant.parse("2026-11-20T20:44:00Z"))).isEmpty();
        assertThat(settings.takeProfit()).hasValueSatisfying(extension -> {
            assertThat(extension.approachAtr()).isEqualByComparingTo("0.8");
            assertThat(extension.lookback()).as("the seller's momentum lookback").isEqualTo(5);
        });
    }

    @Test
    void givenBadValues_whenBuilt_thenStartupStopsNamingTheKeys() {
        assertThatThrownBy(() -> settings(Map.of("tradesuite.seller.exits.signal.enabled", "yes")))
                .hasMessageContaining("tradesuite.seller.exits.signal.enabled");
        assertThatThrownBy(() -> settings(Map.of("tradesuite.seller.exits.market-close.before", "7h")))
                .hasMessageContaining("tradesuite.seller.exits.market-close.before");
        assertThatThrownBy(() -> settings(Map.of("tradesuite.seller.exits.take-profit.extend-atr", "0")))
                .hasMessageContaining("tradesuite.seller.exits.take-profit.extend-atr");
        assertThatThrownBy(() -> settings(Map.of("SELLER_MAX_HOLDING", "30s")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith(SellerExitsConfig.MAX_HOLDING + ": ")
                .hasMessageContaining(SellerSettingsProducer.TIMEFRAME);
        assertThat(settings(Map.of("SELLER_MAX_HOLDING", "0")).timeExit().enabled()).isFalse();
        assertThat(settings(Map.of("SELLER_MAX_HOLDING", "1m")).timeExit().enabled()).isTrue();
    }

    private static SellerExitSettings settings(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withInterceptors(new EnvironmentAliases())
                .withMapping(SellerConfig.class)
                .withMapping(SellerExitsConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
        SellerSettings seller = SellerSettingsProducer.settings(config.getConfigMapping(SellerConfig.class),
                Optional.empty());
        return SellerExitSettingsProducer.settings(config.getConfigMapping(SellerExitsConfig.class), seller);
    }
}
