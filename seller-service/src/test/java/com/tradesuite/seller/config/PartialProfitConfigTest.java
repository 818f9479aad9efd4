package com.tradesuite.seller.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

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

/** {@link PartialProfitConfig} read beside {@link SellerConfig}: defaults, the variables, bad values naming keys. */
class PartialProfitConfigTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void givenNothingSet_whenRead_thenTwoRHalfBreakevenThreeAtrAndTenSecondsApply() {
        PartialProfitSettings settings = settings(Map.of());

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.rule().rMultiple()).isEqualByComparingTo("2");
        assertThat(settings.rule().fraction()).isEqualByComparingTo("0.5");
        assertThat(settings.rule().stopOffsetR()).isEqualByComparingTo("0");
        assertThat(settings.rule().maxBarRangeAtr()).isEqualByComparingTo("3");
        assertThat(settings.grace()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.brokerTimeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void givenTheDocumentedVariables_whenRead_thenTheySetTheKeys() {
        PartialProfitSettings settings = settings(Map.of("SELLER_PARTIAL_ENABLED", "false",
                "SELLER_PARTIAL_R_MULTIPLE", "1.5", "SELLER_PARTIAL_FRACTION", "0.25", "SELLER_PARTIAL_STOP", "0.5",
                "SELLER_PARTIAL_MAX_BAR_RANGE_ATR", "4", "SELLER_PARTIAL_GRACE", "PT20S"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.rule().rMultiple()).isEqualByComparingTo("1.5");
        assertThat(settings.rule().fraction()).isEqualByComparingTo("0.25");
        assertThat(settings.rule().stopOffsetR()).isEqualByComparingTo("0.5");
        assertThat(settings.rule().maxBarRangeAtr()).isEqualByComparingTo("4");
        assertThat(settings.grace()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void givenBadValues_whenRead_thenStartupStopsNamingTheKeys() {
        assertRejected(Map.of("tradesuite.seller.partial.fraction", "1"), "tradesuite.seller.partial.fraction");
        assertRejected(Map.of("tradesuite.seller.partial.fraction", "0"), "tradesuite.seller.partial.fraction");
        assertRejected(Map.of("tradesuite.seller.partial.r-multiple", "0"), "tradesuite.seller.partial.r-multiple");
        assertRejected(Map.of("tradesuite.seller.partial.max-bar-range-atr", "-1"),
                "tradesuite.seller.partial.max-bar-range-atr");
        assertRejected(Map.of("tradesuite.seller.partial.stop", "sideways"), "tradesuite.seller.partial.stop");
        assertRejected(Map.of("tradesuite.seller.partial.stop", "-0.5"), "tradesuite.seller.partial.stop");
    }

    @Test
    void givenTheRestsStopAtOrAboveThePartialsR_whenRead_thenStartupStopsNamingBothKeys() {
        assertThatThrownBy(() -> settings(Map.of("tradesuite.seller.partial.stop", "2")))
                .isInstanceOfSatisfying(InvalidConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("tradesuite.seller.partial.stop"))
                .hasMessageContaining("tradesuite.seller.partial.r-multiple");
    }

    private static void assertRejected(Map<String, String> values, String key) {
        assertThatThrownBy(() -> settings(new HashMap<>(values))).as(values.toString())
                .satisfies(e -> assertThat(e).hasMessageContaining(key));
    }

    private static PartialProfitSettings settings(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDiscoveredConverters()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withInterceptors(new EnvironmentAliases())
                .withMapping(SellerConfig.class)
                .withMapping(PartialProfitConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
        return PartialProfitSettingsProducer.settings(config.getConfigMapping(PartialProfitConfig.class));
    }
}
